package org.peersupport.messaging;

import java.util.List;

/**
 * What a handler uses to answer one inbound event. Each call is stored in the outbox
 * under the event's receipt and the call's sequence number, so handling the same update
 * again stores nothing twice. Calls must be made in the same order on every run of the
 * same update.
 */
public final class Replies {

	private final Outbox outbox;

	private final InboundEvent event;

	private final String origin;

	private int seq;

	private boolean buttonAnswered;

	private Screening screening = Screening.CLEAR;

	Replies(Outbox outbox, InboundEvent event, String origin) {
		this.outbox = outbox;
		this.event = event;
		this.origin = origin;
	}

	/** The event being answered. */
	public InboundEvent event() {
		return this.event;
	}

	/**
	 * What the checks before routing found in the event (e.g. crisis words, already
	 * answered): handlers read it here instead of checking the words again.
	 */
	public Screening screening() {
		return this.screening;
	}

	/** Records what the checks before routing found (the router does). */
	void screened(Screening found) {
		this.screening = found;
	}

	/** Sends a message to the event's chat. */
	public OutboxRef send(String text, List<List<Button>> buttons) {
		return send(text, buttons, SendPriority.INTERACTIVE);
	}

	/**
	 * Sends a message to the event's chat at a priority other than interactive (e.g.
	 * {@link SendPriority#CRISIS} for a hotline text).
	 */
	public OutboxRef send(String text, List<List<Button>> buttons, SendPriority priority) {
		return put(new Outgoing.SendMessage(this.event.chatId(), this.event.chatType().isGroup(), text, buttons),
				priority);
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
	}

	/** Stores any outgoing call as part of this event's answer. */
	public OutboxRef put(Outgoing call) {
		return put(call, SendPriority.INTERACTIVE);
	}

	/** Stores any outgoing call as part of this event's answer, at a priority. */
	public OutboxRef put(Outgoing call, SendPriority priority) {
		return put(call, priority, null);
	}

	/**
	 * Stores a call that supersedes a waiting call with the same key (see
	 * {@link Outbox#put(String, int, Outgoing, SendPriority, String)}).
	 */
	public OutboxRef put(Outgoing call, SendPriority priority, String supersedeKey) {
		return this.outbox.put(this.origin, this.seq++, call, priority, supersedeKey);
	}

	/**
	 * Leaves out a call that this run decided not to make (e.g. an alert held back by a
	 * limit), keeping the numbers of the calls after it: another run of the update, which
	 * may decide otherwise, then still stores each later call under the same id.
	 */
	public void skip() {
		this.seq++;
	}

	/**
	 * Whether the button press was answered (the router answers it silently otherwise).
	 */
	boolean buttonAnswered() {
		return this.buttonAnswered;
	}

}
