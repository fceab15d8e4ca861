package org.peersupport.messaging;

import java.util.ArrayList;
import java.util.List;

/**
 * What a handler uses to answer one inbound event. Each call is stored in the outbox
 * under the event's update id and the call's sequence number, so handling the same update
 * again stores nothing twice. Calls must be made in the same order on every run of the
 * same update.
 */
public final class Replies {

	private final Outbox outbox;

	private final InboundEvent event;

	private final String origin;

	/**
	 * Calls kept back until the handler has finished (the inbox worker stores them with
	 * the update's done mark), or null when each call is stored at once.
	 */
	private final List<OutboxEntry> held;

	private int seq;

	private boolean buttonAnswered;

	Replies(Outbox outbox, InboundEvent event, String origin) {
		this(outbox, event, origin, false);
	}

	Replies(Outbox outbox, InboundEvent event, String origin, boolean hold) {
		this.outbox = outbox;
		this.event = event;
		this.origin = origin;
		this.held = hold ? new ArrayList<>() : null;
	}

	/** The event being answered. */
	public InboundEvent event() {
		return this.event;
	}

	/** Sends a message to the event's chat. */
	public OutboxRef send(String text, List<List<Button>> buttons) {
		return put(new Outgoing.SendMessage(this.event.chatId(), this.event.chatType().isGroup(), text, buttons));
	}

	/** Sends a message without buttons to the event's chat. */
	public OutboxRef send(String text) {
		return send(text, List.of());
	}

	/** Replaces the text and buttons of the message whose button was pressed. */
	public OutboxRef editPressedMessage(String text, List<List<Button>> buttons) {
		if (this.event.messageId() == null) {
			throw new IllegalStateException("Event " + this.event.updateId() + " names no message to edit");
		}
		return put(new Outgoing.EditText(this.event.chatId(), Outgoing.MessageTarget.message(this.event.messageId()),
				text, buttons));
	}

	/**
	 * Answers the button press this event is (stops the spinner on the phone); answer
	 * first, before slow work. Does nothing for other events or when already answered.
	 */
	public void answerButton(String text) {
		if (this.event.buttonPressId() == null || this.buttonAnswered) {
			return;
		}
		this.buttonAnswered = true;
		put(new Outgoing.AnswerButton(this.event.chatId(), this.event.buttonPressId(), text, false));
		// Telegram expires a press after some seconds: the answer (and what came before
		// it, to keep the order) is stored and sent now, not when the handler finishes.
		releaseHeld();
	}

	/** Stores any outgoing call as part of this event's answer. */
	public OutboxRef put(Outgoing call) {
		if (this.held == null) {
			return this.outbox.put(this.origin, this.seq++, call);
		}
		OutboxEntry entry = this.outbox.prepare(this.origin, this.seq++, call);
		this.held.add(entry);
		return new OutboxRef(entry.id());
	}

	/**
	 * Takes the calls kept back so far, in the order they were made; the caller stores
	 * them.
	 */
	List<OutboxEntry> takeHeld() {
		if (this.held == null || this.held.isEmpty()) {
			return List.of();
		}
		List<OutboxEntry> taken = List.copyOf(this.held);
		this.held.clear();
		return taken;
	}

	private void releaseHeld() {
		List<OutboxEntry> taken = takeHeld();
		if (!taken.isEmpty()) {
			this.outbox.storeAll(taken);
		}
	}

	/**
	 * Whether the button press was answered (the router answers it silently otherwise).
	 */
	boolean buttonAnswered() {
		return this.buttonAnswered;
	}

}
