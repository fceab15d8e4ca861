package org.peersupport.groups;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The registered peer groups: what the bot learns of a group (added, removed, rights,
 * migration) and what moderators set in the panel. Every change is one conditional write.
 */
public class PeerGroups {

	private final MongoOperations mongo;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	public PeerGroups(MongoOperations mongo, Clock clock, ApplicationEventPublisher events) {
		this.mongo = mongo;
		this.clock = clock;
		this.events = events;
	}

	/** The active groups of a programme that speak a language. */
	public List<PeerGroup> active(String programme, String language) {
		return this.mongo.find(Query.query(Criteria.where("status")
			.is(GroupStatus.ACTIVE)
			.and("programme")
			.is(programme)
			.and("language")
			.is(language)), PeerGroup.class);
	}

	/** The group, if registered. */
	public Optional<PeerGroup> find(long chatId) {
		return Optional.ofNullable(this.mongo.findById(chatId, PeerGroup.class));
	}

	/**
	 * Groups in the viewer's programmes (null: all, including pending groups, which have
	 * no programme yet), pending first, then by id.
	 */
	public List<PeerGroup> list(Collection<String> programmes) {
		Query query = new Query();
		if (programmes != null) {
			query.addCriteria(Criteria.where("programme").in(programmes));
		}
		return this.mongo.find(query, PeerGroup.class)
			.stream()
			.sorted(Comparator.comparing(PeerGroup::status).thenComparing(PeerGroup::chatId))
			.toList();
	}

	/**
	 * The bot is in the group: registers it as pending if it is new, makes an inactive
	 * one pending again, and records the rights the bot lacks there.
	 */
	void botPresent(long chatId, List<String> missingRights) {
		Query byId = Query.query(Criteria.where("_id").is(chatId));
		this.mongo.upsert(byId,
				new Update().set("missingRights", missingRights)
					.setOnInsert("status", GroupStatus.PENDING)
					.setOnInsert("capacity", 0)
					.setOnInsert("registeredAt", this.clock.instant())
					.setOnInsert("schemaVersion", PeerGroup.SCHEMA_VERSION),
				PeerGroup.class);
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(chatId).and("status").is(GroupStatus.INACTIVE)),
				new Update().set("status", GroupStatus.PENDING), PeerGroup.class);
	}

	/** The bot was removed: the group becomes inactive, keeping its settings. */
	void botRemoved(long chatId) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(chatId)),
				new Update().set("status", GroupStatus.INACTIVE), PeerGroup.class);
	}

	/**
	 * The group became a supergroup: its registration and settings move to the new id,
	 * and groups whose moderators' chat it is follow it. Safe to run twice (the copy is
	 * keyed by the new id; the old one is removed after).
	 */
	void migrate(long fromChatId, long toChatId) {
		PeerGroup old = this.mongo.findById(fromChatId, PeerGroup.class);
		if (old == null) {
			return;
		}
		PeerGroup moved = new PeerGroup(toChatId, old.status(), old.name(), old.programme(), old.language(),
				old.capacity(), old.rules(), old.missingRights(), fromChatId, old.registeredAt(), old.activatedAt(),
				old.activatedBy(), old.moderation(), old.holdJoinRequests(), old.moderatorsChat(),
				PeerGroup.SCHEMA_VERSION);
		try {
			this.mongo.insert(moved);
		}
		catch (DuplicateKeyException ex) {
			// moved on an earlier run of the same update
		}
		this.mongo.remove(Query.query(Criteria.where("_id").is(fromChatId)), PeerGroup.class);
		// a moderators' chat that became a supergroup keeps getting its groups' alerts
		this.mongo.updateMulti(Query.query(Criteria.where("moderatorsChat").is(fromChatId)),
				new Update().set("moderatorsChat", toChatId), PeerGroup.class);
	}

	/**
	 * A moderator sets the group's moderation rules.
	 * @return the group as stored after, or empty if it is unknown
	 */
	public Optional<PeerGroup> setModeration(long chatId, ModerationRules rules) {
		PeerGroup changed = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(chatId)),
				new Update().set("moderation", rules).set("schemaVersion", PeerGroup.SCHEMA_VERSION),
				org.springframework.data.mongodb.core.FindAndModifyOptions.options().returnNew(true), PeerGroup.class);
		return Optional.ofNullable(changed);
	}

	/**
	 * A moderator sets whether strangers' join requests wait for a moderator (true) or
	 * are declined (false).
	 * @return the group as stored after, or empty if it is unknown
	 */
	public Optional<PeerGroup> setHoldJoinRequests(long chatId, boolean hold) {
		PeerGroup changed = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(chatId)),
				new Update().set("holdJoinRequests", hold).set("schemaVersion", PeerGroup.SCHEMA_VERSION),
				org.springframework.data.mongodb.core.FindAndModifyOptions.options().returnNew(true), PeerGroup.class);
		return Optional.ofNullable(changed);
	}

	/**
	 * A moderator activates a pending group, or changes an active one's settings.
	 * @return the group as stored after, or empty if it is unknown or inactive (the bot
	 * is not there)
	 */
	public Optional<PeerGroup> activate(long chatId, GroupSettings settings, String staff) {
		Query query = Query
			.query(Criteria.where("_id").is(chatId).and("status").in(GroupStatus.PENDING, GroupStatus.ACTIVE));
		Update update = new Update().set("status", GroupStatus.ACTIVE)
			.set("name", settings.name())
			.set("programme", settings.programme())
			.set("language", settings.language())
			.set("capacity", settings.capacity())
			.set("rules", settings.rules())
			.set("moderatorsChat", settings.moderatorsChat())
			.set("schemaVersion", PeerGroup.SCHEMA_VERSION)
			.set("activatedAt", this.clock.instant())
			.set("activatedBy", staff);
		Optional<PeerGroup> activated = Optional.ofNullable(this.mongo.findAndModify(query, update,
				org.springframework.data.mongodb.core.FindAndModifyOptions.options().returnNew(true), PeerGroup.class));
		// free places (a new group, more capacity) go to the people who wait
		activated.ifPresent((group) -> this.events.publishEvent(new GroupActivated(group.chatId())));
		return activated;
	}

}
