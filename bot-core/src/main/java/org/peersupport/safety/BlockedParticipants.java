package org.peersupport.safety;

import java.time.Instant;

import org.peersupport.messaging.ChatBlocked;
import org.peersupport.messaging.ChatUnblocked;
import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.participants.PersonRefs;

import org.springframework.context.event.EventListener;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A participant blocked the bot: the team is alerted once per blocking, in the panel and
 * the moderators' chat, with "I take it". {@link ChatBlocked} comes again with every
 * dropped send, so each blocking is kept as a document from the first block until the
 * person can be reached again; the alert is raised while that document is not yet
 * flagged, and its message stored under the blocking's start, so a repeat sends nothing
 * twice.
 */
class BlockedParticipants {

	private final MongoOperations mongo;

	private final Participants participants;

	private final ModeratorAlerts alerts;

	private final PersonRefs refs;

	BlockedParticipants(MongoOperations mongo, Participants participants, ModeratorAlerts alerts, PersonRefs refs) {
		this.mongo = mongo;
		this.participants = participants;
		this.alerts = alerts;
		this.refs = refs;
	}

	@EventListener
	void blocked(ChatBlocked blocked) {
		Participant participant = this.participants.find(blocked.chatId()).orElse(null);
		if (participant == null) {
			return;
		}
		Blocking blocking = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(blocked.chatId())),
				new Update().setOnInsert("since", blocked.at()).setOnInsert("flagged", false),
				FindAndModifyOptions.options().upsert(true).returnNew(true), Blocking.class);
		if (blocking == null || blocking.flagged()) {
			return;
		}
		// Named by reference: the entry to the moderators' chat stays after the person's
		// erasure, and must not carry their chat id.
		String origin = "participant-blocked:" + this.refs.of(blocked.chatId()) + ":" + blocking.since().toEpochMilli();
		// Raised before it is marked: a stop between the two raises it again, which
		// counts it twice on the pending alert and stores its message once.
		this.alerts.participantBlocked(origin, blocked.chatId(), participant.programme());
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(blocked.chatId())),
				new Update().set("flagged", true), Blocking.class);
	}

	@EventListener
	void unblocked(ChatUnblocked unblocked) {
		forget(unblocked.chatId());
	}

	/** The blocking of the person ended (or they are erased): the next one is new. */
	void forget(long chatId) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(chatId)), Blocking.class);
	}

	/**
	 * A blocking of the bot by a participant, from the first time the bot learnt it until
	 * they can be reached again.
	 *
	 * @param chatId the participant's private chat
	 * @param since when the bot first learnt of this blocking
	 * @param flagged whether the team was alerted of it
	 */
	@Document("blocked_participants")
	record Blocking(@Id long chatId, Instant since, boolean flagged) {

	}

}
