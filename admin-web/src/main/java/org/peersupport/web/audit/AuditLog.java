package org.peersupport.web.audit;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.peersupport.participants.ErasureRequested;
import org.peersupport.web.security.PanelUser;
import org.peersupport.web.security.ProgrammeScope;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Writes and searches the audit log. Every change made in the panel calls
 * {@link #record(PanelUser, String, String, String, Map, Map)}, or the variant naming the
 * object's programme when it has one; a search shows only entries in the viewer's scope.
 * When a person is erased, the entries about them lose their values but keep the action,
 * the actor and the time.
 */
@Service
public class AuditLog {

	/** The actor id of changes the service makes by itself. */
	public static final String SYSTEM_ACTOR = "system";

	private static final List<String> SECRET_WORDS = List.of("password", "hash", "token", "secret");

	private final MongoTemplate mongo;

	private final Clock clock;

	AuditLog(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Stores one change made by a staff member.
	 * @throws IllegalArgumentException if before or after name a secret field
	 */
	public AuditEntry record(PanelUser actor, String action, String objectType, String objectId, Map<String, ?> before,
			Map<String, ?> after) {
		return store(actor.id(), actor.username(), action, objectType, objectId, null, before, after);
	}

	/**
	 * Stores one change made by a staff member to an object of a programme; only staff
	 * whose scope includes the programme see the entry.
	 * @param programme the object's programme key, or null when it has none
	 * @throws IllegalArgumentException if before or after name a secret field
	 */
	public AuditEntry record(PanelUser actor, String action, String objectType, String objectId, String programme,
			Map<String, ?> before, Map<String, ?> after) {
		return store(actor.id(), actor.username(), action, objectType, objectId, programme, before, after);
	}

	/**
	 * Stores one change the service made by itself, e.g. the first admin from settings.
	 */
	public AuditEntry recordBySystem(String action, String objectType, String objectId, Map<String, ?> before,
			Map<String, ?> after) {
		return store(SYSTEM_ACTOR, SYSTEM_ACTOR, action, objectType, objectId, null, before, after);
	}

	/**
	 * Entries matching the search within the scope, newest first; dates are read in
	 * {@code zone}.
	 */
	public Page<AuditEntry> search(AuditSearch search, ProgrammeScope scope, ZoneId zone, Pageable pageable) {
		Query query = scope.restrict(new Query(criteria(search, zone)), "programme");
		Query page = Query.of(query).with(pageable).with(Sort.by(Sort.Direction.DESC, "at"));
		List<AuditEntry> entries = this.mongo.find(page, AuditEntry.class);
		return PageableExecutionUtils.getPage(entries, pageable,
				() -> this.mongo.count(Query.of(query).limit(-1).skip(-1), AuditEntry.class));
	}

	/**
	 * The newest entry about an object with one of these actions, e.g. the decision on a
	 * volunteer's application; the caller has checked that the object is in the viewer's
	 * scope.
	 */
	public Optional<AuditEntry> latest(String objectType, String objectId, Collection<String> actions) {
		Query query = Query
			.query(Criteria.where("objectType").is(objectType).and("objectId").is(objectId).and("action").in(actions))
			.with(Sort.by(Sort.Direction.DESC, "at"))
			.limit(1);
		return Optional.ofNullable(this.mongo.findOne(query, AuditEntry.class));
	}

	/**
	 * Which of these objects have an entry with this action, in one query (e.g. which
	 * dead letters on a page staff have already retried).
	 */
	public Set<String> objectsWith(String objectType, Collection<String> objectIds, String action) {
		if (objectIds.isEmpty()) {
			return Set.of();
		}
		Query query = Query
			.query(Criteria.where("objectType").is(objectType).and("objectId").in(objectIds).and("action").is(action));
		return this.mongo.find(query, AuditEntry.class)
			.stream()
			.map(AuditEntry::objectId)
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Blanks what the entries about an erased person hold (their before and after values:
	 * what they typed, what staff wrote about them), keeping what was done, by whom, when
	 * and in which programme. Runs before the person's records are removed.
	 */
	@EventListener
	void blankErasedPerson(ErasureRequested erasure) {
		if (erasure.references().isEmpty()) {
			return;
		}
		this.mongo.updateMulti(Query.query(Criteria.where("objectId").in(erasure.references())),
				new Update().set("before", Map.of()).set("after", Map.of()), AuditEntry.class);
	}

	private AuditEntry store(String actorId, String actorName, String action, String objectType, String objectId,
			String programme, Map<String, ?> before, Map<String, ?> after) {
		AuditEntry entry = new AuditEntry(null, this.clock.instant(), actorId, actorName, action, objectType, objectId,
				programme, printable(before), printable(after), AuditEntry.SCHEMA_VERSION);
		return this.mongo.insert(entry);
	}

	private static Map<String, String> printable(Map<String, ?> fields) {
		Map<String, String> printable = new LinkedHashMap<>();
		if (fields != null) {
			fields.forEach((key, value) -> {
				String lower = key.toLowerCase(Locale.ROOT);
				if (SECRET_WORDS.stream().anyMatch(lower::contains)) {
					throw new IllegalArgumentException("Audit entries must not hold secrets: " + key);
				}
				printable.put(key, String.valueOf(value));
			});
		}
		return printable;
	}

	/**
	 * What the audit page's drop-downs offer: the people, actions and object kinds of the
	 * entries within the scope, sorted (so a limited moderator learns no other name).
	 */
	public AuditChoices choices(ProgrammeScope scope) {
		Query query = scope.restrict(new Query(), "programme");
		return new AuditChoices(distinct(query, "actorName"), distinct(query, "action"), distinct(query, "objectType"));
	}

	private List<String> distinct(Query query, String field) {
		return this.mongo.findDistinct(Query.of(query), field, AuditEntry.class, String.class)
			.stream()
			.filter(StringUtils::hasText)
			.sorted()
			.toList();
	}

	private static Criteria criteria(AuditSearch search, ZoneId zone) {
		List<Criteria> all = new ArrayList<>();
		if (StringUtils.hasText(search.actor())) {
			all.add(Criteria.where("actorName").is(search.actor().strip().toLowerCase(Locale.ROOT)));
		}
		if (StringUtils.hasText(search.action())) {
			all.add(Criteria.where("action").is(search.action().strip()));
		}
		else if (!search.showsSandbox()) {
			all.add(Criteria.where("action").nin(AuditSearch.SANDBOX_NOISE));
		}
		if (StringUtils.hasText(search.programme())) {
			all.add(Criteria.where("programme").is(search.programme().strip()));
		}
		if (StringUtils.hasText(search.objectType())) {
			all.add(Criteria.where("objectType").is(search.objectType().strip()));
		}
		if (StringUtils.hasText(search.objectId())) {
			all.add(Criteria.where("objectId").is(search.objectId().strip()));
		}
		if (search.from() != null) {
			all.add(Criteria.where("at").gte(search.from().atStartOfDay(zone).toInstant()));
		}
		if (search.to() != null) {
			all.add(Criteria.where("at").lt(search.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
	}

}
