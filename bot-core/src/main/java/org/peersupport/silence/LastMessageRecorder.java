package org.peersupport.silence;

import java.time.Clock;

import org.peersupport.conversation.ConsentGiven;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundInterceptor;
import org.peersupport.messaging.InboundKind;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Screening;

import org.springframework.context.event.EventListener;

/**
 * Restarts a person's silence whenever they act in their private chat (a text, a command,
 * a button press, a photo), and starts it when they give consent in any script.
 */
class LastMessageRecorder implements InboundInterceptor {

	private final LastMessages lastMessages;

	private final Clock clock;

	LastMessageRecorder(LastMessages lastMessages, Clock clock) {
		this.lastMessages = lastMessages;
		this.clock = clock;
	}

	@Override
	public boolean inspects(InboundEvent event) {
		return event.isPrivate() && (event.kind() == InboundKind.TEXT || event.kind() == InboundKind.COMMAND
				|| event.kind() == InboundKind.BUTTON || event.kind() == InboundKind.NON_TEXT);
	}

	@Override
	public Screening inspect(InboundEvent event, Replies replies) {
		this.lastMessages.heard(event.chatId(), this.clock.instant());
		return Screening.CLEAR;
	}

	@EventListener
	void on(ConsentGiven consent) {
		this.lastMessages.consented(consent.chatId(), consent.locale(), consent.at());
	}

}
