package org.peersupport.silence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.peersupport.conversation.ConsentGiven;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundInterceptor;
import org.peersupport.messaging.InboundKind;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Screening;

import org.springframework.context.event.EventListener;

/**
 * Restarts a person's silence whenever they act in their private chat (a text, a command,
 * a button press, a photo), and starts it when they give consent in any script. The store
 * is asked at most once per chat within {@link LastMessages#PRECISION} by this instance,
 * so a burst of messages costs one write (or none, before consent).
 */
class LastMessageRecorder implements InboundInterceptor {

	private final LastMessages lastMessages;

	private final Clock clock;

	/** When this instance last recorded (or found nothing to record for) each chat. */
	private final Cache<Long, Instant> recorded = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterWrite(Duration.ofHours(2))
		.build();

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
		Instant now = this.clock.instant();
		Instant last = this.recorded.getIfPresent(event.chatId());
		if (last != null && last.isAfter(now.minus(LastMessages.PRECISION)) && !last.isAfter(now)) {
			return Screening.CLEAR;
		}
		this.lastMessages.heard(event.chatId(), now);
		this.recorded.put(event.chatId(), now);
		return Screening.CLEAR;
	}

	@EventListener
	void on(ConsentGiven consent) {
		this.lastMessages.consented(consent.chatId(), consent.locale(), consent.at());
		this.recorded.put(consent.chatId(), consent.at());
	}

}
