package org.peersupport.onboarding;

import java.time.Clock;
import java.util.Set;

import org.peersupport.conversation.ActionContext;
import org.peersupport.conversation.ScriptAction;
import org.peersupport.participants.Participants;
import org.peersupport.participants.Programme;

import org.springframework.stereotype.Component;

/**
 * {@code recordConsent} in an onboarding script: the person becomes a participant, with
 * the consent text's version and time. (The runtime keeps the consent on the conversation
 * for every script, e.g. the volunteer sign-up.)
 */
@Component
class RecordConsent implements ScriptAction {

	static final Set<String> ONBOARDING_SCRIPTS = Set.of(Programme.ONBOARDING, Programme.ONBOARDING_PLAIN);

	private final Participants participants;

	private final Clock clock;

	RecordConsent(Participants participants, Clock clock) {
		this.participants = participants;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "recordConsent";
	}

	@Override
	public void run(ActionContext context) {
		if (ONBOARDING_SCRIPTS.contains(context.scriptId())) {
			this.participants.recordConsent(context.chatId(), context.locale(), context.consentVersion(),
					(context.consentedAt() != null) ? context.consentedAt() : this.clock.instant());
		}
	}

}
