package org.peersupport.onboarding;

import org.peersupport.conversation.ActionContext;
import org.peersupport.conversation.ScriptAction;
import org.peersupport.participants.Participants;

import org.springframework.stereotype.Component;

/**
 * {@code setLocale}: an existing participant's language follows the one chosen in the
 * script (the runtime switches the conversation itself; before consent nothing else is
 * written).
 */
@Component
class SetParticipantLocale implements ScriptAction {

	private final Participants participants;

	SetParticipantLocale(Participants participants) {
		this.participants = participants;
	}

	@Override
	public String name() {
		return "setLocale";
	}

	@Override
	public void run(ActionContext context) {
		this.participants.changeLocale(context.chatId(), context.locale());
	}

}
