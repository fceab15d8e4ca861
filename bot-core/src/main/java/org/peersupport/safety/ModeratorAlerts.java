package org.peersupport.safety;

import java.util.List;
import java.util.Objects;

import org.peersupport.messaging.Outgoing;
import org.peersupport.messaging.Replies;
import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.participants.PersonRefs;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.Volunteers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alerts staff: an alert about a person is kept in {@link Alerts}, which the panel lists
 * whether or not a moderators' chat is configured, and is also sent to that chat through
 * the outbox when it is. An alert names the person by their pseudonymous reference only,
 * never by name, Telegram id or what they wrote.
 */
public class ModeratorAlerts {

	private static final Logger log = LoggerFactory.getLogger(ModeratorAlerts.class);

	private final ModeratorsProperties moderators;

	private final PersonRefs refs;

	private final Alerts alerts;

	private final Participants participants;

	private final Volunteers volunteers;

	public ModeratorAlerts(ModeratorsProperties moderators, PersonRefs refs, Alerts alerts, Participants participants,
			Volunteers volunteers) {
		this.moderators = moderators;
		this.refs = refs;
		this.alerts = alerts;
		this.participants = participants;
		this.volunteers = volunteers;
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
		if (Alerts.ABOUT_A_PERSON.contains(reason)) {
			this.alerts.raise(reason, chatId, ref, programmeOf(chatId), context);
		}
		if (this.moderators.chatId() == null) {
			log.info("Moderators alert {} for {} kept for the panel; no moderators' chat is set", reason, ref);
			return;
		}
		String text = SafetyTexts.get("alert." + reason.name().toLowerCase(java.util.Locale.ROOT),
				this.moderators.locale(), ref, (context != null) ? context : "-");
		replies.put(new Outgoing.SendMessage(this.moderators.chatId(), true, text, List.of()));
	}

	private String programmeOf(long chatId) {
		return this.participants.find(chatId)
			.map(Participant::programme)
			.or(() -> this.volunteers.ofChat(chatId)
				.stream()
				.map(Volunteer::programme)
				.filter(Objects::nonNull)
				.findFirst())
			.orElse(null);
	}

}
