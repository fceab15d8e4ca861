package org.peersupport.onboarding;

import java.util.Set;

import org.peersupport.conversation.ConsentGiven;
import org.peersupport.participants.Participants;
import org.peersupport.participants.Programme;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Consent given in an onboarding script makes the person a participant, with the consent
 * text's version and time. (The runtime keeps the consent on the conversation for every
 * script, e.g. the volunteer sign-up.)
 */
@Component
class RecordConsent {

	static final Set<String> ONBOARDING_SCRIPTS = Set.of(Programme.ONBOARDING, Programme.ONBOARDING_PLAIN);

	private final Participants participants;

	RecordConsent(Participants participants) {
		this.participants = participants;
	}

	@EventListener
	void on(ConsentGiven consent) {
		if (ONBOARDING_SCRIPTS.contains(consent.scriptId())) {
			this.participants.recordConsent(consent.chatId(), consent.locale(), consent.consentVersion(), consent.at());
		}
	}

}
