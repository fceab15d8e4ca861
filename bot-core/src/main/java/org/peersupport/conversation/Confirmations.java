package org.peersupport.conversation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.OutboxRef;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One-time confirmations, such as {@code /forget}'s "Yes, erase everything": a random
 * nonce kept per chat and purpose (collection {@code confirmations}) and carried in the
 * buttons' data. A press counts only with the newest nonce, before it expires, on the
 * message the question was sent on, and once; a newer question replaces an older one.
 * Handling the same update again gets the same answer, so a retried update neither loses
 * nor repeats its effect.
 */
public class Confirmations {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MongoOperations mongo;

	private final Outbox outbox;

	private final Duration ttl;

	private final Clock clock;

	public Confirmations(MongoOperations mongo, Outbox outbox, Duration ttl, Clock clock) {
		this.mongo = mongo;
		this.outbox = outbox;
		this.ttl = ttl;
		this.clock = clock;
	}

	/**
	 * Opens a confirmation for the question this event asks, replacing the chat's earlier
	 * one of the same purpose; handling the same event again reopens the same one.
	 * @return the nonce to carry in the buttons' data (12 base64url characters)
	 */
	public String open(InboundEvent question, String purpose) {
		Instant now = this.clock.instant();
		this.mongo.remove(Query.query(Criteria.where("expiresAt").lte(now)), PendingConfirmation.class);
		String id = id(question.chatId(), purpose);
		PendingConfirmation current = this.mongo.findById(id, PendingConfirmation.class);
		if (current != null && current.openedBy() == question.updateId()) {
			return current.nonce();
		}
		byte[] random = new byte[9];
		RANDOM.nextBytes(random);
		String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		this.mongo.save(new PendingConfirmation(id, question.chatId(), nonce, question.updateId(), null,
				now.plus(this.ttl), null, PendingConfirmation.SCHEMA_VERSION));
		return nonce;
	}

	/** Binds the confirmation to the message that carries its buttons. */
	public void sentIn(long chatId, String purpose, String nonce, OutboxRef message) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id(chatId, purpose)).and("nonce").is(nonce)),
				new Update().set("messageRef", message.entryId()), PendingConfirmation.class);
	}

	/**
	 * Takes the confirmation for a press of one of its buttons, atomically: only one
	 * press (and repeats of its update) ever gets {@link Verdict#TAKEN}.
	 */
	public Verdict take(InboundEvent press, String purpose, String nonce) {
		String id = id(press.chatId(), purpose);
		PendingConfirmation current = this.mongo.findById(id, PendingConfirmation.class);
		if (current == null) {
			return Verdict.REFUSED;
		}
		if (!current.nonce().equals(nonce)) {
			return Verdict.REPLACED;
		}
		if (current.takenBy() != null) {
			// Taken already: by this update on an earlier run (its answer stands), or
			// by another press.
			return (current.takenBy() == press.updateId()) ? Verdict.TAKEN : Verdict.REFUSED;
		}
		if (!current.expiresAt().isAfter(this.clock.instant())) {
			return Verdict.EXPIRED;
		}
		if (!sentOn(current, press.messageId())) {
			return Verdict.REFUSED;
		}
		Query unused = Query.query(Criteria.where("_id").is(id).and("nonce").is(nonce).and("takenBy").is(null));
		PendingConfirmation taken = this.mongo.findAndModify(unused, new Update().set("takenBy", press.updateId()),
				PendingConfirmation.class);
		return (taken != null) ? Verdict.TAKEN : Verdict.REFUSED;
	}

	/** Removes a confirmation once its answer is stored. */
	public void close(long chatId, String purpose, String nonce) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(id(chatId, purpose)).and("nonce").is(nonce)),
				PendingConfirmation.class);
	}

	/** Removes every confirmation of a chat (erasure). */
	public void forgetChat(long chatId) {
		this.mongo.remove(Query.query(Criteria.where("chatId").is(chatId)), PendingConfirmation.class);
	}

	private boolean sentOn(PendingConfirmation confirmation, Long messageId) {
		if (confirmation.messageRef() == null) {
			// Not bound yet: the press cannot come before the question was stored.
			return false;
		}
		// Unknown when the send's answer was lost (a crash mid-send): the nonce alone
		// then ties the press to the question.
		return this.outbox.sentMessageId(new OutboxRef(confirmation.messageRef()))
			.map((sent) -> sent.equals(messageId))
			.orElse(true);
	}

	private static String id(long chatId, String purpose) {
		return purpose + ":" + chatId;
	}

	/** What a press of a confirmation's button gets. */
	public enum Verdict {

		/** The press confirms: act on it. */
		TAKEN,

		/** The question's time ran out; its buttons are dead. */
		EXPIRED,

		/** A newer question replaced this one; its buttons are dead. */
		REPLACED,

		/**
		 * Answered already, erased, or pressed on another message: nothing to act on.
		 */
		REFUSED

	}

	/**
	 * A confirmation waiting for its answer.
	 *
	 * @param id purpose and chat id
	 * @param chatId the chat
	 * @param nonce the random value its buttons carry
	 * @param openedBy the update that asked the question
	 * @param messageRef the outbox entry that sends the question, once stored
	 * @param expiresAt when its buttons die
	 * @param takenBy the update whose press took it, or null
	 * @param schemaVersion the document's schema version
	 */
	@Document("confirmations")
	record PendingConfirmation(@Id String id, long chatId, String nonce, long openedBy, String messageRef,
			Instant expiresAt, Long takenBy, int schemaVersion) {

		static final int SCHEMA_VERSION = 1;

	}

}
