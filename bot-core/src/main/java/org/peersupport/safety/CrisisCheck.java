package org.peersupport.safety;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundInterceptor;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Screening;
import org.peersupport.messaging.SendPriority;
import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.scripts.RuntimeTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at every private message before routing, once: on crisis words the alert is kept
 * for the team (and sent to the moderators' chat when set), and the person gets the reply
 * for the kind of crisis at once, in the language they chose, saying the team was told
 * only when the alert was kept, with the offer to talk to a person. Routing then goes on
 * with the verdict, so no handler after it reads the words again.
 */
public class CrisisCheck implements InboundInterceptor {

	private static final Logger log = LoggerFactory.getLogger(CrisisCheck.class);

	private final CrisisWords words;

	private final Participants participants;

	private final List<ChosenSoFar> chosen;

	private final Hotline hotline;

	private final ModeratorAlerts alerts;

	public CrisisCheck(CrisisWords words, Participants participants, List<ChosenSoFar> chosen, Hotline hotline,
			ModeratorAlerts alerts) {
		this.words = words;
		this.participants = participants;
		this.chosen = List.copyOf(chosen);
		this.hotline = hotline;
		this.alerts = alerts;
	}

	@Override
	public Screening inspect(InboundEvent event, Replies replies) {
		if (!event.isPrivate()) {
			return Screening.CLEAR;
		}
		Optional<CrisisKind> found = this.words.find(event.text());
		if (found.isEmpty()) {
			return Screening.CLEAR;
		}
		CrisisKind kind = found.get();
		Participant participant = this.participants.find(event.chatId()).orElse(null);
		ChosenSoFar.Choice choice = choiceOf(event.chatId());
		String programme = (participant != null) ? participant.programme() : choice.programme();
		String locale = (participant != null && participant.locale() != null) ? participant.locale()
				: (choice.locale() != null) ? choice.locale() : telegram(event);
		boolean kept = this.alerts.keepCrisis(event.chatId(), programme, locale) != null;
		replies.send(this.hotline.crisisReply(programme, locale, kind, kept),
				kept ? TalkButton.offer(locale) : List.of(), SendPriority.CRISIS);
		this.alerts.send(replies, ModeratorAlerts.Reason.CRISIS, event.chatId(), programme);
		log.info("Crisis words ({}) in update {}: reply sent, alert kept: {}", kind.key(), event.updateId(), kept);
		return Screening.crisis(kind.key());
	}

	private ChosenSoFar.Choice choiceOf(long chatId) {
		return this.chosen.stream()
			.map((source) -> source.of(chatId))
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(new ChosenSoFar.Choice(null, null));
	}

	private static String telegram(InboundEvent event) {
		return RuntimeTexts.bundled().supported(event.languageCode()).map(Locale::getLanguage).orElse("en");
	}

}
