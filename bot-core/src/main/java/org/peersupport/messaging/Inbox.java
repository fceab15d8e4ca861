package org.peersupport.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.WriteConcern;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.types.ObjectId;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The front door of the update path: an update is stored here before Telegram learns it
 * arrived, and gets its receipt, which names it for good. The update id is its key only
 * here, to drop Telegram's repeats within the de-duplication window.
 */
public class Inbox {

	/** An update id Telegram never gives (they are positive). */
	private static final long NO_UPDATE = -1;

	private final MongoOperations mongo;

	private final Clock clock;

	private final ChatTurns turns;

	private volatile InboxWorker worker;

	public Inbox(MongoOperations mongo, Clock clock) {
		this(mongo, clock, null);
	}

	/**
	 * An inbox shared with other instances when {@code turns} is given: each stored
	 * update takes its number in its chat, which orders the chat's updates whichever
	 * instance stored them.
	 */
	Inbox(MongoOperations mongo, Clock clock, ChatTurns turns) {
		this.mongo = mongo;
		this.clock = clock;
		this.turns = turns;
	}

	void attach(InboxWorker worker) {
		this.worker = worker;
	}

	/**
	 * Stores an update and queues it for handling. Throws if the store is unavailable:
	 * the caller must then not acknowledge the update to Telegram, which will deliver it
	 * again.
	 * @return false if the update was already received (a repeat), true if it is new
	 */
	public boolean accept(InboundEvent event) {
		InboxEntry entry = pendingEntry(event, (this.turns != null) ? this.turns.take(event.chatId(), 1) : null);
		try {
			this.mongo.insert(entry);
		}
		catch (DuplicateKeyException ex) {
			// A repeat; or our own earlier insert whose acknowledgement was lost (the
			// connection broke after the write). In the latter case it still waits to be
			// handled: queued with the check, in its lane, that it is still pending, and
			// handled as stored (with the receipt of its first delivery).
			InboxWorker current = this.worker;
			if (current != null) {
				current.resume(event.updateId(), event.chatId());
			}
			return false;
		}
		InboxWorker current = this.worker;
		if (current != null) {
			current.submit(entry.event());
		}
		return true;
	}

	/**
	 * Stores a batch of updates in one unordered write and queues them for handling, in
	 * the batch's order. Throws if the store is unavailable; the caller must then not
	 * acknowledge any of them (those already stored are repeats when they come again).
	 */
	public void acceptAll(List<InboundEvent> events) {
		if (events.size() < 2) {
			events.forEach(this::accept);
			return;
		}
		List<InboxEntry> entries = numbered(events);
		Set<Integer> repeats = UnorderedInsert.repeats(this.mongo, InboxEntry.class, entries);
		InboxWorker current = this.worker;
		for (int i = 0; current != null && i < events.size(); i++) {
			InboxEntry entry = entries.get(i);
			if (repeats.contains(i)) {
				// A repeat is queued with a check that it is still pending (its first
				// delivery may not have been handled).
				current.resume(entry.updateId(), entry.chatId());
			}
			else {
				current.submit(entry.event());
			}
		}
	}

	/**
	 * Returns once every update stored before is on the disk, not only written: call it
	 * before acknowledging updates to Telegram, which then forgets them. Updates are
	 * handed to the worker as soon as they are stored, so handling them does not wait for
	 * this. A write that changes nothing, with the write concern {@code j: true}: MongoDB
	 * then waits for its journal, the embedded store for its sync.
	 * @throws org.springframework.dao.DataAccessException if the store is unavailable
	 */
	public void makeDurable() {
		this.mongo.execute(InboxEntry.class, (collection) -> collection.withWriteConcern(WriteConcern.JOURNALED)
			.updateOne(Filters.eq("_id", NO_UPDATE), Updates.set("state", InboxState.DONE.name())));
	}

	/**
	 * The batch's entries; with other instances, numbered in each chat in batch order.
	 */
	private List<InboxEntry> numbered(List<InboundEvent> events) {
		if (this.turns == null) {
			return events.stream().map((event) -> pendingEntry(event, null)).toList();
		}
		Map<Long, Integer> perChat = new LinkedHashMap<>();
		events.forEach((event) -> perChat.merge(event.chatId(), 1, Integer::sum));
		Map<Long, Long> next = new HashMap<>();
		perChat.forEach((chatId, count) -> next.put(chatId, this.turns.take(chatId, count)));
		List<InboxEntry> entries = new ArrayList<>(events.size());
		for (InboundEvent event : events) {
			long seq = next.merge(event.chatId(), 1L, Long::sum) - 1;
			entries.add(pendingEntry(event, seq));
		}
		return entries;
	}

	private InboxEntry pendingEntry(InboundEvent event, Long chatSeq) {
		// The receipt is made here, once: a repeat of the update finds the stored one.
		InboundEvent received = event.withReceipt(newReceipt());
		return new InboxEntry(event.updateId(), event.chatId(), InboxState.PENDING, received, 0, this.clock.instant(),
				null, InboxEntry.SCHEMA_VERSION, chatSeq);
	}

	/**
	 * The chat's stored update that is next to be handled: lowest number first (the order
	 * they were stored in, over all instances), or null if none waits.
	 */
	InboxEntry nextPending(long chatId) {
		Query query = Query.query(Criteria.where("chatId").is(chatId).and("state").is(InboxState.PENDING))
			.with(Sort.by("chatSeq", "receivedAt", "event.receipt", "_id"))
			.limit(1);
		return this.mongo.findOne(query, InboxEntry.class);
	}

	/**
	 * A name for a received update that no other update gets, before or after: an
	 * ObjectId (time, random, counter), so receipts made later sort later.
	 */
	private static String newReceipt() {
		return "r" + new ObjectId().toHexString();
	}

	/**
	 * The stored event of an update that still waits to be handled, or null if it is
	 * handled (or unknown).
	 */
	InboundEvent pendingEvent(long updateId) {
		InboxEntry entry = this.mongo.findById(updateId, InboxEntry.class);
		return (entry != null && entry.state() == InboxState.PENDING) ? entry.event() : null;
	}

	/**
	 * The highest update id stored (within the de-duplication window), or 0; an emulator
	 * that starts after it cannot issue an id the window would drop as a repeat.
	 */
	public long lastUpdateId() {
		// The whole entry: the record cannot be built from its id alone.
		Query query = new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1);
		InboxEntry last = this.mongo.findOne(query, InboxEntry.class);
		return (last != null) ? last.updateId() : 0;
	}

	/** Updates that wait to be handled, in the order they were received. */
	List<InboxEntry> pending() {
		// Not by update id: ids may jump back. Receipts break ties in a batch.
		Query query = Query.query(Criteria.where("state").is(InboxState.PENDING))
			.with(Sort.by("receivedAt", "event.receipt", "_id"));
		return this.mongo.find(query, InboxEntry.class);
	}

	void markDone(long updateId) {
		// By _id alone, so the embedded server uses its index; marking done twice is
		// harmless.
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(updateId)),
				new Update().set("state", InboxState.DONE).set("doneAt", this.clock.instant()).unset("event"),
				InboxEntry.class);
	}

	/** Marks several handled updates done with one write. */
	void markDone(List<Long> updateIds) {
		if (updateIds.size() == 1) {
			markDone(updateIds.get(0));
			return;
		}
		this.mongo.updateMulti(Query.query(Criteria.where("_id").in(updateIds)),
				new Update().set("state", InboxState.DONE).set("doneAt", this.clock.instant()).unset("event"),
				InboxEntry.class);
	}

	int recordFailedAttempt(long updateId) {
		InboxEntry entry = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(updateId)),
				new Update().inc("attempts", 1),
				org.springframework.data.mongodb.core.FindAndModifyOptions.options().returnNew(true), InboxEntry.class);
		return (entry != null) ? entry.attempts() : 0;
	}

	/** Forgets handled update ids older than the given time; returns how many. */
	public long purgeHandledBefore(Instant cutoff) {
		return this.mongo
			.remove(Query.query(Criteria.where("state").is(InboxState.DONE).and("doneAt").lt(cutoff)), InboxEntry.class)
			.getDeletedCount();
	}

	/**
	 * Forgets a chat (for erasure): its handled updates go, and one that still waits (the
	 * update asking for the erasure, or one sent after it) keeps only its id, marked
	 * done, so that a repeat of it from Telegram is still dropped; the chat id, the times
	 * and the payload go.
	 */
	public void forgetChat(long chatId) {
		if (this.turns != null) {
			this.turns.forget(chatId);
		}
		this.mongo.remove(Query.query(Criteria.where("chatId").is(chatId).and("state").is(InboxState.DONE)),
				InboxEntry.class);
		this.mongo.updateMulti(Query.query(Criteria.where("chatId").is(chatId)),
				new Update().set("state", InboxState.DONE)
					.set("doneAt", this.clock.instant())
					.set("chatId", 0L)
					.unset("receivedAt")
					.unset("event"),
				InboxEntry.class);
	}

}
