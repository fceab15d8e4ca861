package org.peersupport.messaging;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Stored outbox entries and their state moves; every move is conditional on the expected
 * prior state.
 */
class OutboxStore {

	private static final int RETRY_AFTER_CODE = 429;

	private final MongoOperations mongo;

	OutboxStore(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * Stores entries with one unordered write.
	 * @return the positions of the entries whose id was stored already (the same update
	 * handled again); those are left as they are
	 */
	Set<Integer> insertAll(List<OutboxEntry> entries) {
		return UnorderedInsert.repeats(this.mongo, OutboxEntry.class, entries);
	}

	OutboxEntry find(String id) {
		return this.mongo.findById(id, OutboxEntry.class);
	}

	List<OutboxEntry> pending() {
		return this.mongo.find(
				Query.query(Criteria.where("state").is(OutboxState.PENDING)).with(Sort.by("createdAt", "seq")),
				OutboxEntry.class);
	}

	long count(OutboxState state) {
		return this.mongo.count(Query.query(Criteria.where("state").is(state)), OutboxEntry.class);
	}

	void markSent(String id, Long messageId, Instant now) {
		move(id, OutboxState.PENDING, sent(messageId, now));
	}

	/** Marks several sent entries with one write. */
	void markSent(List<Sent> sent) {
		if (sent.size() == 1) {
			Sent one = sent.get(0);
			markSent(one.id(), one.messageId(), one.at());
			return;
		}
		BulkOperations bulk = this.mongo.bulkOps(BulkMode.UNORDERED, OutboxEntry.class);
		// by _id alone, as in move(): a pending entry's one writer is its lane
		sent.forEach((one) -> bulk.updateOne(Query.query(Criteria.where("_id").is(one.id())),
				sent(one.messageId(), one.at())));
		bulk.execute();
	}

	private static Update sent(Long messageId, Instant now) {
		// The text is not needed once Telegram has it: the outbox is not an archive of
		// messages.
		return new Update().set("state", OutboxState.SENT)
			.set("sentMessageId", messageId)
			.set("finishedAt", now)
			.unset("text")
			.unset("buttons")
			.unset("supersedeKey")
			.unset("inviteLink")
			.unset("userId");
	}

	/**
	 * Keeps the invite link a waiting entry created, so that its retries send the same
	 * link.
	 */
	void recordInviteLink(String id, String link) {
		move(id, OutboxState.PENDING, new Update().set("inviteLink.link", link));
	}

	void markRetry(String id, int attempts, Instant nextAttemptAt, int code, String description) {
		move(id, OutboxState.PENDING,
				new Update().set("attempts", attempts)
					.set("nextAttemptAt", nextAttemptAt)
					.set("lastErrorCode", code)
					.set("lastError", description));
	}

	/** Holds an entry back as Telegram asked (a 429 with retry_after). */
	void postpone(String id, Instant nextAttemptAt) {
		move(id, OutboxState.PENDING,
				new Update().set("nextAttemptAt", nextAttemptAt).set("lastErrorCode", RETRY_AFTER_CODE));
	}

	/**
	 * Waiting entries that Telegram asked to hold back past this time: a sender that
	 * takes over from another instance holds their chats back as long.
	 */
	List<OutboxEntry> heldBack(Instant now) {
		return this.mongo.find(Query.query(Criteria.where("state")
			.is(OutboxState.PENDING)
			.and("lastErrorCode")
			.is(RETRY_AFTER_CODE)
			.and("nextAttemptAt")
			.gt(now)), OutboxEntry.class);
	}

	/** A chat's waiting entries, in the order stored. */
	List<OutboxEntry> pendingTo(long chatId) {
		return this.mongo.find(Query.query(Criteria.where("chatId").is(chatId).and("state").is(OutboxState.PENDING))
			.with(Sort.by("createdAt", "seq")), OutboxEntry.class);
	}

	void markDead(String id, int attempts, int code, String description, Instant now) {
		move(id, OutboxState.PENDING,
				new Update().set("state", OutboxState.DEAD)
					.set("attempts", attempts)
					.set("lastErrorCode", code)
					.set("lastError", description)
					.set("finishedAt", now));
	}

	void markCancelled(String id, String reason, Instant now) {
		move(id, OutboxState.PENDING,
				new Update().set("state", OutboxState.CANCELLED)
					.set("lastError", reason)
					.set("finishedAt", now)
					.unset("text")
					.unset("buttons")
					.unset("supersedeKey")
					.unset("inviteLink"));
	}

	/** Moves a chat's waiting calls to the chat's new id after a group migration. */
	long readdress(long oldChatId, long newChatId) {
		return this.mongo
			.updateMulti(Query.query(Criteria.where("chatId").is(oldChatId).and("state").is(OutboxState.PENDING)),
					new Update().set("chatId", newChatId), OutboxEntry.class)
			.getModifiedCount();
	}

	List<OutboxEntry> dead(int offset, int limit) {
		return dead(Criteria.where("state").is(OutboxState.DEAD), offset, limit);
	}

	List<OutboxEntry> dead(Collection<Long> chatIds, int offset, int limit) {
		return dead(deadTo(chatIds), offset, limit);
	}

	long countDead(Collection<Long> chatIds) {
		return this.mongo.count(Query.query(deadTo(chatIds)), OutboxEntry.class);
	}

	private List<OutboxEntry> dead(Criteria criteria, int offset, int limit) {
		return this.mongo.find(
				Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "finishedAt")).skip(offset).limit(limit),
				OutboxEntry.class);
	}

	private static Criteria deadTo(Collection<Long> chatIds) {
		return Criteria.where("state").is(OutboxState.DEAD).and("chatId").in(chatIds);
	}

	boolean revive(String id, Instant now) {
		return move(id, OutboxState.DEAD,
				new Update().set("state", OutboxState.PENDING)
					.set("attempts", 0)
					.set("nextAttemptAt", now)
					.unset("finishedAt"));
	}

	boolean discard(String id) {
		return this.mongo
			.remove(Query.query(Criteria.where("_id").is(id).and("state").is(OutboxState.DEAD)), OutboxEntry.class)
			.getDeletedCount() == 1;
	}

	long purgeFinishedBefore(Instant cutoff) {
		return this.mongo
			.remove(Query.query(
					Criteria.where("state").in(OutboxState.SENT, OutboxState.CANCELLED).and("finishedAt").lt(cutoff)),
					OutboxEntry.class)
			.getDeletedCount();
	}

	long purgeDeadBefore(Instant cutoff) {
		return this.mongo
			.remove(Query.query(Criteria.where("state").is(OutboxState.DEAD).and("finishedAt").lt(cutoff)),
					OutboxEntry.class)
			.getDeletedCount();
	}

	long forgetChat(long chatId) {
		return this.mongo.remove(Query.query(Criteria.where("chatId").is(chatId)), OutboxEntry.class).getDeletedCount();
	}

	private boolean move(String id, OutboxState expected, Update update) {
		// A pending entry has one writer: its chat's lane in the sender, which has just
		// read it as pending.
		// Filtering it by _id alone lets the embedded server use its _id index (it uses
		// an index only for a
		// filter on exactly the index's keys; {_id, state} scanned the whole collection).
		Criteria filter = (expected == OutboxState.PENDING) ? Criteria.where("_id").is(id)
				: Criteria.where("_id").is(id).and("state").is(expected);
		return this.mongo.updateFirst(Query.query(filter), update, OutboxEntry.class).getModifiedCount() == 1;
	}

	/** A sent entry: its id, Telegram's message id and when it was sent. */
	record Sent(String id, Long messageId, Instant at) {
	}

}
