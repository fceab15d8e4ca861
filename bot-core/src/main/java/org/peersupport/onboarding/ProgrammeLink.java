package org.peersupport.onboarding;

import java.util.Map;

import org.peersupport.conversation.ConversationRuntime;
import org.peersupport.messaging.DeepLink;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.Replies;
import org.peersupport.participants.Programme;
import org.peersupport.participants.Programmes;

import org.springframework.stereotype.Component;

/**
 * {@code /start p-<programme>}: a programme's invitation starts its onboarding with the
 * programme filled in; an unknown programme is a plain {@code /start}.
 */
@Component
class ProgrammeLink implements DeepLink {

	private final ConversationRuntime runtime;

	private final Programmes programmes;

	private final PersonLanguage language;

	ProgrammeLink(ConversationRuntime runtime, Programmes programmes, PersonLanguage language) {
		this.runtime = runtime;
		this.programmes = programmes;
		this.language = language;
	}

	@Override
	public String prefix() {
		return "p";
	}

	@Override
	public boolean open(String argument, InboundEvent event, Replies replies) {
		Programme invited = this.programmes.find(argument).orElse(null);
		if (invited == null) {
			return false;
		}
		this.runtime.start(event, replies, invited.onboardingScript(), Map.of("programme", invited.key()),
				this.language.of(event));
		return true;
	}

}
