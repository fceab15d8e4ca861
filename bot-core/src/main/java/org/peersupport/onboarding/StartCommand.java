package org.peersupport.onboarding;

import java.util.Map;
import java.util.Optional;

import org.peersupport.conversation.ConversationRuntime;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;
import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.participants.Programme;
import org.peersupport.participants.Programmes;
import org.peersupport.volunteers.VolunteerSignup;

import org.springframework.stereotype.Component;

/**
 * {@code /start}: a deep link ({@code volunteer}, {@code volunteer-<programme>},
 * {@code p-<programme>}) starts its script; an open conversation resumes where it
 * stopped; an onboarded participant is welcomed back with the menu; anyone else starts
 * onboarding.
 */
@Component
class StartCommand implements InboundHandler {

	static final String PROGRAMME_LINK = "p-";

	static final String VOLUNTEER_LINK = "volunteer";

	static final String VOLUNTEER_PROGRAMME_LINK = VOLUNTEER_LINK + "-";

	private final ConversationRuntime runtime;

	private final Participants participants;

	private final Programmes programmes;

	private final VolunteerSignup volunteerSignup;

	private final PersonLanguage language;

	private final MenuKeyboard menu;

	StartCommand(ConversationRuntime runtime, Participants participants, Programmes programmes,
			VolunteerSignup volunteerSignup, PersonLanguage language, MenuKeyboard menu) {
		this.runtime = runtime;
		this.participants = participants;
		this.programmes = programmes;
		this.volunteerSignup = volunteerSignup;
		this.language = language;
		this.menu = menu;
	}

	@Override
	public Route route() {
		return Route.commands("start");
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		String link = (event.text() != null) ? event.text().strip() : "";
		String locale = this.language.of(event);
		if (link.equals(VOLUNTEER_LINK)) {
			this.volunteerSignup.begin(event, replies, locale);
			return;
		}
		if (link.startsWith(VOLUNTEER_PROGRAMME_LINK)) {
			// An unknown programme is asked for, as if the link had named none.
			String programme = this.programmes.find(link.substring(VOLUNTEER_PROGRAMME_LINK.length()))
				.map(Programme::key)
				.orElse(null);
			this.volunteerSignup.begin(event, replies, locale, programme);
			return;
		}
		Optional<Programme> invited = link.startsWith(PROGRAMME_LINK)
				? this.programmes.find(link.substring(PROGRAMME_LINK.length())) : Optional.empty();
		if (invited.isPresent()) {
			this.runtime.start(event, replies, invited.get().onboardingScript(),
					Map.of("programme", invited.get().key()), locale);
			return;
		}
		if (this.runtime.resume(event, replies)) {
			return;
		}
		Participant participant = this.participants.find(event.chatId()).orElse(null);
		if (participant != null && participant.onboarded()) {
			String pseudonym = participant.pseudonym();
			replies.send(
					(pseudonym != null) ? OnboardingTexts.get("welcome.back", locale, pseudonym)
							: OnboardingTexts.get("welcome.back.anonymous", locale),
					this.menu.rows(event.chatId(), locale));
			return;
		}
		this.runtime.start(event, replies, Programme.ONBOARDING, Map.of(), locale);
	}

}
