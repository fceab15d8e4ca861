package org.peersupport.groups;

import java.time.Instant;
import java.util.List;

import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.Outgoing;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Join requests held for a moderator: kept when a stranger asks to join a group that
 * holds such requests, listed in the panel, and approved or declined there through the
 * outbox. The call is stored under an origin named by the request, so two moderators
 * deciding at once send one call (the first stored); the person hears nothing from the
 * bot either way (Telegram itself tells them when they are let in).
 */
public class HeldJoinRequests {

	private final MongoOperations mongo;

	private final Outbox outbox;

	HeldJoinRequests(MongoOperations mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	/** Keeps a request, once however often it comes. */
	void hold(long groupChatId, long chatId, Instant at) {
		try {
			this.mongo.insert(new HeldJoinRequest(HeldJoinRequest.idOf(groupChatId, chatId), groupChatId, chatId, at,
					HeldJoinRequest.SCHEMA_VERSION));
		}
		catch (DuplicateKeyException ex) {
			// held already
		}
	}

	/** Whether the person's request to join the group is held. */
	boolean isHeld(long groupChatId, long chatId) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(HeldJoinRequest.idOf(groupChatId, chatId))),
				HeldJoinRequest.class);
	}

	/** The requests held in a group, oldest first. */
	public List<HeldJoinRequest> inGroup(long groupChatId) {
		return this.mongo.find(Query.query(Criteria.where("groupChatId").is(groupChatId)).with(Sort.by("at", "_id")),
				HeldJoinRequest.class);
	}

	/**
	 * A moderator lets the person in: Telegram is asked to approve the request.
	 * @return false if no such request was held (decided already, say)
	 */
	public boolean approve(long groupChatId, long chatId) {
		return decide(groupChatId, chatId, true);
	}

	/**
	 * A moderator turns the request down: Telegram is asked to decline it.
	 * @return false if no such request was held
	 */
	public boolean decline(long groupChatId, long chatId) {
		return decide(groupChatId, chatId, false);
	}

	private boolean decide(long groupChatId, long chatId, boolean approve) {
		Query byId = Query.query(Criteria.where("_id").is(HeldJoinRequest.idOf(groupChatId, chatId)));
		HeldJoinRequest held = this.mongo.findOne(byId, HeldJoinRequest.class);
		if (held == null) {
			return false;
		}
		// stored before the request goes: a crash between leaves it held, and deciding
		// again stores nothing twice (the origin names the request and its time)
		String origin = "grp-held:" + held.id() + ":" + held.at().toEpochMilli();
		this.outbox.put(origin, 0, approve ? new Outgoing.ApproveJoin(groupChatId, chatId)
				: new Outgoing.DeclineJoin(groupChatId, chatId));
		return this.mongo.remove(byId, HeldJoinRequest.class).getDeletedCount() == 1;
	}

	/**
	 * The group moved to a new chat id: its held requests are dropped with the old id.
	 */
	void migrate(long fromChatId) {
		this.mongo.remove(Query.query(Criteria.where("groupChatId").is(fromChatId)), HeldJoinRequest.class);
	}

	/** Removes the person's held requests; safe to run twice. */
	void erase(long chatId) {
		this.mongo.remove(Query.query(Criteria.where("chatId").is(chatId)), HeldJoinRequest.class);
	}

}
