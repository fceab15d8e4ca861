package org.peersupport.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import org.peersupport.leases.ItemLeases;
import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.Outgoing;
import org.peersupport.messaging.SendPriority;
import org.peersupport.scripts.RuntimeTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pauses conversations that waited too long for an answer, with a gentle note; they
 * resume at the same step on /start or on the next answer. One that a feature's prompt
 * started (a check-in answered with a button) ends quietly instead.
 */
public class IdleConversations {

	private static final Logger log = LoggerFactory.getLogger(IdleConversations.class);

	/**
	 * Long enough to store a note and pause; a crashed instance's claims end after it.
	 */
	private static final Duration CLAIM = Duration.ofMinutes(2);

	private final Conversations conversations;

	private final Outbox outbox;

	private final ItemLeases leases;

	/** Whether a conversation's script is in plain language. */
	private final Predicate<Conversation> plainLanguage;

	private final Duration timeout;

	private final Clock clock;

	IdleConversations(Conversations conversations, Outbox outbox, ItemLeases leases, Duration timeout, Clock clock,
			Predicate<Conversation> plainLanguage) {
		this.plainLanguage = plainLanguage;
		this.conversations = conversations;
		this.outbox = outbox;
		this.leases = leases;
		this.timeout = timeout;
		this.clock = clock;
	}

	/**
	 * Pauses every active conversation idle longer than the timeout.
	 * @return how many were paused
	 */
	public int pauseIdle() {
		Instant cutoff = this.clock.instant().minus(this.timeout);
		List<Conversation> idle = this.conversations.activeSince(cutoff);
		int paused = 0;
		for (Conversation candidate : idle) {
			// Claimed first, so that of the instances running this job one pauses it, and
			// another only after this one's claim ended without a pause (a crash).
			Optional<Conversation> claimed = this.leases.claimNext(Conversation.class,
					Conversations.idleSince(candidate.chatId(), cutoff), CLAIM);
			if (claimed.isEmpty()) {
				continue;
			}
			Conversation conversation = claimed.get();
			if (conversation.fromPrompt()) {
				// Not one the person began (a check-in's "would something help?" left
				// unanswered): it ends quietly, and its buttons answer that they are no
				// longer active.
				this.conversations.end(conversation);
				this.leases.release(Conversation.class, conversation.chatId());
				continue;
			}
			// The note is stored before the state moves, under an origin unique to this
			// pause, so a repeat after a crash stores it once.
			String origin = "idle:" + conversation.chatId() + ":" + conversation.run() + ":"
					+ conversation.lastReceipt();
			String note = RuntimeTexts.bundled()
				.text("conversation.idle-closed", plainLanguage(conversation),
						Locale.forLanguageTag(conversation.locale()));
			this.outbox.put(origin, 0, new Outgoing.SendMessage(conversation.chatId(), false, note, List.of()),
					SendPriority.BULK);
			if (this.conversations.pause(conversation)) {
				paused++;
			}
			this.leases.release(Conversation.class, conversation.chatId());
		}
		if (paused > 0) {
			log.info("Paused {} idle conversations", paused);
		}
		return paused;
	}

	private boolean plainLanguage(Conversation conversation) {
		try {
			return this.plainLanguage.test(conversation);
		}
		catch (IllegalStateException ex) {
			// its script version is gone (a rollback removed a draft): the usual words
			log.debug("No script for an idle conversation", ex);
			return false;
		}
	}

}
