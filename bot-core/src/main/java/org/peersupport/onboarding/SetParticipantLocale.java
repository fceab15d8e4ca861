package org.peersupport.onboarding;

import org.peersupport.conversation.LanguageChosen;
import org.peersupport.participants.Participants;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An existing participant's language follows the one chosen in a script (before consent
 * there is no participant, and nothing else is written).
 */
@Component
class SetParticipantLocale {

	private final Participants participants;

	SetParticipantLocale(Participants participants) {
		this.participants = participants;
	}

	@EventListener
	void on(LanguageChosen chosen) {
		this.participants.changeLocale(chosen.chatId(), chosen.locale());
	}

}
