package org.peersupport.onboarding;

import java.util.Optional;

import org.peersupport.conversation.CallbackSigner;
import org.peersupport.messaging.Button;
import org.peersupport.messaging.InboundEvent;

import org.springframework.stereotype.Component;

/**
 * Signed buttons of the participant commands ({@code <owner>:<choice>:<signature>}),
 * valid only in the chat they were sent to.
 */
@Component
class SignedButtons {

	private final CallbackSigner signer;

	SignedButtons(CallbackSigner signer) {
		this.signer = signer;
	}

	Button button(long chatId, String owner, String choice, String label) {
		return new Button(label, this.signer.sign(chatId, owner, choice, owner));
	}

	/** The choice a press carries, if its signature holds in this chat. */
	Optional<String> choice(InboundEvent event, String owner) {
		return this.signer.verify(event.chatId(), event.buttonData(), owner);
	}

}
