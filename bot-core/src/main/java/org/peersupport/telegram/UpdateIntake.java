package org.peersupport.telegram;

import java.util.List;
import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.Update;

import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.Inbox;

/**
 * Takes one update from either ingress: translates it and stores it in the inbox. Throws
 * when the store is unavailable, so the ingress does not acknowledge the update and
 * Telegram delivers it again.
 */
class UpdateIntake {

	private final UpdateTranslator translator;

	private final Inbox inbox;

	UpdateIntake(UpdateTranslator translator, Inbox inbox) {
		this.translator = translator;
		this.inbox = inbox;
	}

	/**
	 * Stores the update; returns false for a repeat or an update the bot does not act on.
	 */
	boolean take(Update update) {
		Optional<InboundEvent> event = this.translator.translate(update);
		return event.isPresent() && this.inbox.accept(event.get());
	}

	/**
	 * Stores a batch of updates with one write; throws if the store is unavailable, so
	 * that none of them is acknowledged.
	 */
	void takeAll(List<Update> updates) {
		List<InboundEvent> events = updates.stream().map(this.translator::translate).flatMap(Optional::stream).toList();
		this.inbox.acceptAll(events);
	}

	/**
	 * Returns once every update taken before is on the disk; throws if the store is
	 * unavailable. Call it before Telegram is told the updates arrived.
	 */
	void makeDurable() {
		this.inbox.makeDurable();
	}

}
