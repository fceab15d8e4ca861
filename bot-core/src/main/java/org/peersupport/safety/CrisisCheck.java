package org.peersupport.safety;

import java.util.List;

import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundInterceptor;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.SendPriority;
import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.scripts.RuntimeTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at every private message before routing: on crisis words the person gets their
 * programme's hotline text at once and the moderators an alert; routing then goes on, so
 * a conversation resumes where it was.
 */
public class CrisisCheck implements InboundInterceptor {

	private static final Logger log = LoggerFactory.getLogger(CrisisCheck.class);

	private final CrisisWords words;

	private final Participants participants;

	private final Hotline hotline;

	private final ModeratorAlerts alerts;

	public CrisisCheck(CrisisWords words, Participants participants, Hotline hotline, ModeratorAlerts alerts) {
		this.words = words;
		this.participants = participants;
		this.hotline = hotline;
		this.alerts = alerts;
	}

	@Override
	public void inspect(InboundEvent event, Replies replies) {
		if (!event.isPrivate() || !this.words.matches(event.text())) {
			return;
		}
		Participant participant = this.participants.find(event.chatId()).orElse(null);
		String locale = (participant != null && participant.locale() != null) ? participant.locale()
				: RuntimeTexts.bundled()
					.supported(event.languageCode())
					.map(java.util.Locale::getLanguage)
					.orElse("en");
		// The alert is always kept for the panel's list, so the person may be told so.
		replies.send(this.hotline.textFor(participant, locale) + "\n\n" + SafetyTexts.get("hotline.team-told", locale),
				List.of(), SendPriority.CRISIS);
		this.alerts.alert(replies, ModeratorAlerts.Reason.CRISIS, event.chatId(),
				(participant != null) ? participant.programme() : null);
		log.info("Crisis words in update {}: hotline sent, moderators alerted", event.updateId());
	}

}
