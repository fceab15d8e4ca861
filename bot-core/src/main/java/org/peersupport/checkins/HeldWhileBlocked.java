package org.peersupport.checkins;

import java.time.Clock;

import org.peersupport.messaging.ChatBlocked;
import org.peersupport.messaging.ChatUnblocked;

import org.springframework.context.event.EventListener;

/**
 * Check-ins of a person who blocked the bot: held, and not counted as unanswered (no
 * follow-up, no alert), until they write to the bot again.
 */
class HeldWhileBlocked {

	private final Schedules schedules;

	private final Clock clock;

	HeldWhileBlocked(Schedules schedules, Clock clock) {
		this.schedules = schedules;
		this.clock = clock;
	}

	@EventListener
	void blocked(ChatBlocked blocked) {
		this.schedules.block(blocked.chatId());
	}

	@EventListener
	void unblocked(ChatUnblocked unblocked) {
		this.schedules.unblock(unblocked.chatId(), this.clock.instant());
	}

}
