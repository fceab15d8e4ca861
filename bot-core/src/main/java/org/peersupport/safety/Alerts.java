package org.peersupport.safety;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.peersupport.participants.WaitingForSomeone;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The alerts staff see in the panel: raised by {@link ModeratorAlerts}, taken and closed
 * by staff with conditional updates, so two people pressing at once act once.
 */
public class Alerts implements WaitingForSomeone {

	/** The reasons that concern a person who waits for someone. */
	public static final Set<ModeratorAlerts.Reason> ABOUT_A_PERSON = EnumSet.of(ModeratorAlerts.Reason.CRISIS,
			ModeratorAlerts.Reason.NEEDS_PERSON, ModeratorAlerts.Reason.SCRIPT, ModeratorAlerts.Reason.REQUEST_WAITING,
			ModeratorAlerts.Reason.REQUEST_SILENT);

	/**
	 * The reasons kept for the panel's list by {@link ModeratorAlerts#keep}: those about
	 * a person who waits, and a message a volunteer reported (nobody waits for that one).
	 */
	public static final Set<ModeratorAlerts.Reason> KEPT_FOR_PANEL = union(ABOUT_A_PERSON,
			ModeratorAlerts.Reason.RELAY_REPORTED);

	/** The reasons that concern a peer group. */
	public static final Set<ModeratorAlerts.Reason> ABOUT_A_GROUP = EnumSet.of(ModeratorAlerts.Reason.GROUP_PENDING,
			ModeratorAlerts.Reason.GROUP_RIGHTS_MISSING, ModeratorAlerts.Reason.GROUP_REMOVED,
			ModeratorAlerts.Reason.JOIN_HELD);

	private final MongoOperations mongo;

	private final Clock clock;

	public Alerts(MongoOperations mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Raises an alert, or counts it again on the pending one of the same reason about the
	 * same person.
	 */
	Alert raise(ModeratorAlerts.Reason reason, long chatId, String personRef, String programme, String context) {
		return raise(reason, chatId, personRef, programme, context, null);
	}

	/**
	 * Raises an alert, or counts it again on the pending one; remembers the person's
	 * language when given, to tell them when someone takes it.
	 */
	Alert raise(ModeratorAlerts.Reason reason, long chatId, String personRef, String programme, String context,
			String locale) {
		Instant now = this.clock.instant();
		Query pending = Query.query(Criteria.where("chatId")
			.is(chatId)
			.and("reason")
			.is(reason)
			.and("status")
			.in(AlertStatus.OPEN, AlertStatus.TAKEN));
		Update update = new Update().inc("count", 1)
			.set("lastAt", now)
			.setOnInsert("personRef", personRef)
			.setOnInsert("programme", programme)
			.setOnInsert("context", context)
			.setOnInsert("status", AlertStatus.OPEN)
			.setOnInsert("createdAt", now)
			.setOnInsert("schemaVersion", Alert.SCHEMA_VERSION);
		if (locale != null) {
			update.set("locale", locale);
		}
		return this.mongo.findAndModify(pending, update, FindAndModifyOptions.options().upsert(true).returnNew(true),
				Alert.class);
	}

	/**
	 * Pending alerts first (crisis first, then oldest), then done ones (newest first).
	 * @param programmes the viewer's programmes, or null for all
	 */
	public List<Alert> list(Collection<String> programmes, boolean pendingOnly, int limit) {
		Query query = pendingOnly ? pending(programmes) : scoped(programmes);
		return this.mongo.find(query, Alert.class).stream().sorted(PanelOrder.INSTANCE).limit(limit).toList();
	}

	/** One alert, if it exists and is in the viewer's programmes (null: all). */
	public java.util.Optional<Alert> find(String id, Collection<String> programmes) {
		Query query = scoped(programmes).addCriteria(Criteria.where("_id").is(id));
		return java.util.Optional.ofNullable(this.mongo.findOne(query, Alert.class));
	}

	/** How many wait for someone, in the viewer's programmes (null: all). */
	public long countPending(Collection<String> programmes) {
		return this.mongo.count(pending(programmes), Alert.class);
	}

	/** The chats with a pending alert about a person waiting for someone. */
	public Set<Long> chatsWaitingForSomeone(Collection<String> programmes) {
		return waitingForSomeone(programmes).stream().map(Alert::chatId).collect(Collectors.toSet());
	}

	/**
	 * The chats with a pending alert about a person waiting for someone, each with the
	 * time the oldest of them was raised.
	 */
	@Override
	public Map<Long, Instant> since() {
		return waitingForSomeone(null).stream()
			.collect(Collectors.toMap(Alert::chatId, Alert::createdAt, (a, b) -> a.isBefore(b) ? a : b));
	}

	private List<Alert> waitingForSomeone(Collection<String> programmes) {
		Query query = pending(programmes).addCriteria(Criteria.where("reason").in(ABOUT_A_PERSON));
		return this.mongo.find(query, Alert.class);
	}

	/** Whether a crisis alert about the person still waits for the team. */
	public boolean inCrisis(long chatId) {
		return this.mongo.exists(
				pending(null)
					.addCriteria(Criteria.where("chatId").is(chatId).and("reason").is(ModeratorAlerts.Reason.CRISIS)),
				Alert.class);
	}

	/**
	 * "I'm on it": an open alert is taken by {@code staff}.
	 * @return false if it was not open (someone else took it first, or it is done)
	 */
	public boolean take(String id, String staff) {
		return move(id, EnumSet.of(AlertStatus.OPEN),
				new Update().set("status", AlertStatus.TAKEN)
					.set("takenBy", staff)
					.set("takenAt", this.clock.instant()));
	}

	/**
	 * Done: a pending alert is closed by {@code staff}.
	 * @return false if it was already done
	 */
	public boolean close(String id, String staff) {
		return move(id, EnumSet.of(AlertStatus.OPEN, AlertStatus.TAKEN),
				new Update().set("status", AlertStatus.DONE)
					.set("closedBy", staff)
					.set("closedAt", this.clock.instant()));
	}

	/** The pending alert of this reason about the person, if there is one. */
	java.util.Optional<Alert> pendingOf(long chatId, ModeratorAlerts.Reason reason) {
		Query query = pending(null).addCriteria(Criteria.where("chatId").is(chatId).and("reason").is(reason));
		return java.util.Optional.ofNullable(this.mongo.findOne(query, Alert.class));
	}

	/**
	 * Remembers a message about the alert in the moderators' chat (an outbox entry), to
	 * edit it when someone takes the alert; the same entry is remembered once.
	 */
	void remember(String id, String entryId) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().addToSet("messages", entryId),
				Alert.class);
	}

	/**
	 * Which alerts are due to be repeated at {@code now}: crisis alerts nobody took
	 * within {@code after} of being raised, not repeated yet.
	 */
	static Criteria untakenFor(Duration after, Instant now) {
		return Criteria.where("reason")
			.is(ModeratorAlerts.Reason.CRISIS)
			.and("status")
			.is(AlertStatus.OPEN)
			.and("repeatedAt")
			.is(null)
			.and("createdAt")
			.lte(now.minus(after));
	}

	/** Removes every alert about the person (erasure). */
	void erase(long chatId) {
		this.mongo.remove(Query.query(Criteria.where("chatId").is(chatId)), Alert.class);
	}

	/** Every alert about the person (for /mydata). */
	List<Alert> about(long chatId) {
		return this.mongo.find(Query.query(Criteria.where("chatId").is(chatId)), Alert.class);
	}

	private boolean move(String id, Set<AlertStatus> from, Update update) {
		Query query = Query.query(Criteria.where("_id").is(id).and("status").in(from));
		return this.mongo.updateFirst(query, update, Alert.class).getModifiedCount() == 1;
	}

	private static Query pending(Collection<String> programmes) {
		return scoped(programmes).addCriteria(Criteria.where("status").in(AlertStatus.OPEN, AlertStatus.TAKEN));
	}

	private static Query scoped(Collection<String> programmes) {
		Query query = new Query();
		if (programmes != null) {
			query.addCriteria(Criteria.where("programme").in(programmes));
		}
		return query;
	}

	/**
	 * Pending before done; among pending, crisis first, then oldest; done: newest first.
	 */
	private enum PanelOrder implements java.util.Comparator<Alert> {

		INSTANCE;

		@Override
		public int compare(Alert a, Alert b) {
			if (a.status().isPending() != b.status().isPending()) {
				return a.status().isPending() ? -1 : 1;
			}
			if (!a.status().isPending()) {
				return b.lastAt().compareTo(a.lastAt());
			}
			boolean aCrisis = a.reason() == ModeratorAlerts.Reason.CRISIS;
			boolean bCrisis = b.reason() == ModeratorAlerts.Reason.CRISIS;
			if (aCrisis != bCrisis) {
				return aCrisis ? -1 : 1;
			}
			return a.createdAt().compareTo(b.createdAt());
		}

	}

	private static Set<ModeratorAlerts.Reason> union(Set<ModeratorAlerts.Reason> set, ModeratorAlerts.Reason more) {
		EnumSet<ModeratorAlerts.Reason> all = EnumSet.copyOf(set);
		all.add(more);
		return all;
	}

}
