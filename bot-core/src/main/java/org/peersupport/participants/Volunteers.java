package org.peersupport.participants;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.util.StringUtils;

/**
 * Stored volunteer applications; decisions are conditional on the application still
 * pending.
 */
public class Volunteers {

	/** The collection's name. */
	static final String COLLECTION = "volunteers";

	/**
	 * A field outside {@link Volunteer}: the status the volunteer must still be told
	 * about, set in the same write as the status and removed once the message is queued.
	 */
	static final String PENDING_NOTICE = "pendingNotice";

	private final MongoOperations mongo;

	public Volunteers(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * Stores a new application.
	 * @return false if an application with its id is already stored (the same update
	 * handled again)
	 */
	public boolean submit(Volunteer volunteer) {
		try {
			this.mongo.insert(volunteer);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	public Optional<Volunteer> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Volunteer.class));
	}

	/** The applications of a chat, newest first. */
	public List<Volunteer> ofChat(long chatId) {
		return this.mongo.find(
				Query.query(Criteria.where("chatId").is(chatId)).with(Sort.by(Sort.Direction.DESC, "submittedAt")),
				Volunteer.class);
	}

	/** Applications waiting for a moderator, oldest first. */
	public List<Volunteer> pending() {
		return this.mongo.find(
				Query.query(Criteria.where("status").is(VolunteerStatus.PENDING)).with(Sort.by("submittedAt")),
				Volunteer.class);
	}

	/**
	 * Applications of every programme (and of none) matching the search, newest first, a
	 * page at a time.
	 */
	public Page<Volunteer> search(VolunteerSearch search, Pageable pageable) {
		return search(Query.query(criteria(search)), pageable);
	}

	/**
	 * Applications of these programmes matching the search, newest first, a page at a
	 * time; an application without a programme never matches.
	 */
	public Page<Volunteer> search(VolunteerSearch search, Collection<String> programmes, Pageable pageable) {
		return search(inProgrammes(Query.query(criteria(search)), programmes), pageable);
	}

	/** How many applications of every programme (and of none) wait for a decision. */
	public long countPending() {
		return this.mongo.count(pendingQuery(), Volunteer.class);
	}

	/** How many applications of these programmes wait for a decision. */
	public long countPending(Collection<String> programmes) {
		return this.mongo.count(inProgrammes(pendingQuery(), programmes), Volunteer.class);
	}

	private Page<Volunteer> search(Query query, Pageable pageable) {
		long total = this.mongo.count(query, Volunteer.class);
		List<Volunteer> items = this.mongo.find(Query.of(query)
			.with(Sort.by(Sort.Direction.DESC, "submittedAt"))
			.skip(pageable.getOffset())
			.limit(pageable.getPageSize()), Volunteer.class);
		return new PageImpl<>(items, pageable, total);
	}

	private static Query pendingQuery() {
		return Query.query(Criteria.where("status").is(VolunteerStatus.PENDING));
	}

	private static Query inProgrammes(Query query, Collection<String> programmes) {
		return query.addCriteria(Criteria.where("programme").in(programmes));
	}

	private static Criteria criteria(VolunteerSearch search) {
		Criteria criteria = new Criteria();
		if (StringUtils.hasText(search.skill())) {
			criteria.and("details.skills").is(search.skill().strip());
		}
		if (StringUtils.hasText(search.language())) {
			criteria.and("details.languages").is(search.language().strip());
		}
		if (StringUtils.hasText(search.region())) {
			// Typed text is data: quoted, never a pattern of its own.
			criteria.and("details.region")
				.regex(Pattern.compile(Pattern.quote(search.region().strip()), Pattern.CASE_INSENSITIVE));
		}
		if (search.status() != null) {
			criteria.and("status").is(search.status());
		}
		return criteria;
	}

	/**
	 * Decides a pending application.
	 * @return whether it was pending and is now decided
	 */
	public boolean decide(String id, VolunteerStatus decision, String note, Instant at) {
		if (decision == VolunteerStatus.PENDING) {
			throw new IllegalArgumentException("A decision is APPROVED or REJECTED");
		}
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(VolunteerStatus.PENDING)),
					new Update().set("status", decision)
						.set("decisionNote", note)
						.set("decidedAt", at)
						.set(PENDING_NOTICE, decision.name()),
					Volunteer.class)
			.getModifiedCount() == 1;
	}

	/** The detail that marks a pause the volunteer chose themselves. */
	public static final String SELF_PAUSED = "selfPaused";

	/**
	 * The volunteer pauses themselves (approved → paused) or ends a pause they chose
	 * (paused by themselves → approved); a pause staff chose is not theirs to end.
	 * @return whether the status changed
	 */
	public boolean pauseByThemselves(String id, boolean pause, Instant at) {
		Criteria which = Criteria.where("_id").is(id);
		Update update = new Update().set("statusChangedAt", at);
		if (pause) {
			which = which.and("status").is(VolunteerStatus.APPROVED);
			update.set("status", VolunteerStatus.PAUSED).set("details." + SELF_PAUSED, true);
		}
		else {
			which = which.and("status").is(VolunteerStatus.PAUSED).and("details." + SELF_PAUSED).is(true);
			update.set("status", VolunteerStatus.APPROVED).unset("details." + SELF_PAUSED);
		}
		return this.mongo.updateFirst(Query.query(which), update, Volunteer.class).getModifiedCount() == 1;
	}

	/**
	 * Moves a volunteer from one of the expected statuses to another.
	 * @return whether it was in one of them and is now in {@code to}
	 */
	public boolean changeStatus(String id, Collection<VolunteerStatus> from, VolunteerStatus to, Instant at) {
		return changeStatus(id, from, to, at, false);
	}

	/**
	 * Moves a volunteer from one of the expected statuses to another and, with
	 * {@code notify}, records in the same write that the volunteer must be told (see
	 * {@link #pendingNotices()}).
	 * @return whether it was in one of them and is now in {@code to}
	 */
	public boolean changeStatus(String id, Collection<VolunteerStatus> from, VolunteerStatus to, Instant at,
			boolean notify) {
		// A pause or resume by staff is theirs: the volunteer's own /resume no longer
		// ends it.
		Update update = new Update().set("status", to).set("statusChangedAt", at).unset("details." + SELF_PAUSED);
		if (notify) {
			update.set(PENDING_NOTICE, to.name());
		}
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").in(from)), update, Volunteer.class)
			.getModifiedCount() == 1;
	}

	/**
	 * Volunteers whose status change was stored but whose message about it may not have
	 * been queued yet (the process stopped in between), with the status they must be told
	 * about.
	 */
	public Map<String, VolunteerStatus> pendingNotices() {
		Query query = Query.query(Criteria.where(PENDING_NOTICE).exists(true));
		query.fields().include("_id").include(PENDING_NOTICE);
		Map<String, VolunteerStatus> notices = new LinkedHashMap<>();
		for (org.bson.Document document : this.mongo.find(query, org.bson.Document.class, COLLECTION)) {
			notices.put(document.getString("_id"), VolunteerStatus.valueOf(document.getString(PENDING_NOTICE)));
		}
		return notices;
	}

	/** Records that the message about {@code status} is queued in the outbox. */
	public void noticeQueued(String id, VolunteerStatus status) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and(PENDING_NOTICE).is(status.name())),
				new Update().unset(PENDING_NOTICE), Volunteer.class);
	}

	/**
	 * Replaces some answers of a volunteer in the expected status.
	 * @param fields the answers to set, by field name
	 * @return whether it was in that status (and is now updated)
	 */
	public boolean updateDetails(String id, VolunteerStatus expected, Map<String, Object> fields, Instant at) {
		Update update = new Update().set("profileChangedAt", at);
		fields.forEach((field, value) -> update.set("details." + field, value));
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(expected)), update, Volunteer.class)
			.getMatchedCount() == 1;
	}

	/** The chats of the volunteers of these programmes. */
	public List<Long> chatIdsIn(Collection<String> programmes) {
		Query query = Query.query(Criteria.where("programme").in(programmes));
		return this.mongo.findDistinct(query, "chatId", Volunteer.class, Long.class);
	}

	/** Erases every application of a chat. */
	public long erase(long chatId) {
		return this.mongo.remove(Query.query(Criteria.where("chatId").is(chatId)), Volunteer.class).getDeletedCount();
	}

}
