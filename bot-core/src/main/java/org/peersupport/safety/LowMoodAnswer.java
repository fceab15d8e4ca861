package org.peersupport.safety;

import java.util.List;
import java.util.Objects;

import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.Outgoing;
import org.peersupport.messaging.SendPriority;
import org.peersupport.participants.LowMood;
import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.participants.PersonRefs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;

/**
 * The lowest mood in a check-in is a crisis signal: the person gets the lines to call at
 * once, with the offer to talk to a person, and a crisis alert is kept for the team and
 * sent to the moderators' chat. Both are stored under the answer's time, so the same
 * answer handled again stores nothing twice.
 */
class LowMoodAnswer {

	private static final Logger log = LoggerFactory.getLogger(LowMoodAnswer.class);

	private final Participants participants;

	private final Hotline hotline;

	private final ModeratorAlerts alerts;

	private final Outbox outbox;

	private final PersonRefs refs;

	LowMoodAnswer(Participants participants, Hotline hotline, ModeratorAlerts alerts, Outbox outbox, PersonRefs refs) {
		this.participants = participants;
		this.hotline = hotline;
		this.alerts = alerts;
		this.outbox = outbox;
		this.refs = refs;
	}

	@EventListener
	void answer(LowMood mood) {
		// Named by reference: the alert's entry to the moderators' chat stays after the
		// person's erasure, and must not carry their chat id.
		String origin = "low-mood:" + this.refs.of(mood.chatId()) + ":" + mood.at().toEpochMilli();
		Participant participant = this.participants.find(mood.chatId()).orElse(null);
		String locale = (participant != null) ? Objects.requireNonNullElse(participant.locale(), "en") : "en";
		String programme = (mood.programme() != null) ? mood.programme()
				: (participant != null) ? participant.programme() : null;
		boolean kept = this.alerts.keepCrisis(mood.chatId(), programme, locale) != null;
		Sends sends = Sends.under(this.outbox, origin);
		sends.put(new Outgoing.SendMessage(mood.chatId(), false, this.hotline.lowMoodReply(programme, locale, kept),
				kept ? TalkButton.offer(locale) : List.of()), SendPriority.CRISIS, null);
		this.alerts.crisis(sends, ModeratorAlerts.Signal.LOW_MOOD, mood.chatId(), programme, origin);
		log.info("Lowest mood in a check-in ({}): reply stored, alert kept: {}", origin, kept);
	}

}
