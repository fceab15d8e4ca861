package org.peersupport.safety;

import java.util.List;

import org.peersupport.messaging.Outgoing;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.SendPriority;
import org.peersupport.participants.PersonRefs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alerts the moderators' chat through the outbox. An alert names the person by their
 * pseudonymous reference only, never by name, Telegram id or what they wrote.
 */
public class ModeratorAlerts {

	private static final Logger log = LoggerFactory.getLogger(ModeratorAlerts.class);

	private final ModeratorsProperties moderators;

	private final PersonRefs refs;

	public ModeratorAlerts(ModeratorsProperties moderators, PersonRefs refs) {
		this.moderators = moderators;
		this.refs = refs;
	}

	/** Why moderators are alerted. */
	public enum Reason {

		/** Crisis words in a private message. */
		CRISIS,

		/** Someone could not answer a question after several tries and needs a person. */
		NEEDS_PERSON,

		/** A script's {@code alertModerators} action. */
		SCRIPT,

		/** A volunteer's application waits for a decision. */
		VOLUNTEER_PENDING

	}

	/**
	 * Alerts the moderators about the person in {@code chatId}, as part of the answer to
	 * the event {@code replies} belong to.
	 * @param context what the alert is about (a programme key, a script step); never text
	 * the person wrote
	 */
	public void alert(Replies replies, Reason reason, long chatId, String context) {
		String ref = this.refs.of(chatId);
		if (this.moderators.chatId() == null) {
			log.warn("Moderators alert {} for {} not sent: peer.moderators.chat-id is not set", reason, ref);
			return;
		}
		String text = SafetyTexts.get("alert." + reason.name().toLowerCase(java.util.Locale.ROOT),
				this.moderators.locale(), ref, (context != null) ? context : "-");
		// Crisis alerts go first of all sends.
		replies.put(new Outgoing.SendMessage(this.moderators.chatId(), true, text, List.of()),
				(reason == Reason.CRISIS) ? SendPriority.CRISIS : SendPriority.INTERACTIVE);
	}

}
