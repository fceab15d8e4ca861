package org.peersupport.messaging;

import java.util.List;

/**
 * An outgoing call as a feature asks for it, before it is stored.
 */
public sealed interface Outgoing {

	/** The chat the call belongs to. */
	long chatId();

	/** A new message, with optional inline buttons. */
	record SendMessage(long chatId, boolean group, String text, List<List<Button>> buttons) implements Outgoing {

		public SendMessage {
			buttons = (buttons != null) ? List.copyOf(buttons) : List.of();
		}

	}

	/**
	 * New text (and buttons) for a message, named by Telegram id or by the outbox entry
	 * that sent it.
	 */
	record EditText(long chatId, MessageTarget target, String text, List<List<Button>> buttons) implements Outgoing {

		public EditText {
			buttons = (buttons != null) ? List.copyOf(buttons) : List.of();
		}

	}

	/** New buttons for a message, keeping its text; empty buttons remove the keyboard. */
	record EditButtons(long chatId, MessageTarget target, List<List<Button>> buttons) implements Outgoing {

		public EditButtons {
			buttons = (buttons != null) ? List.copyOf(buttons) : List.of();
		}

	}

	/** Removes a message. */
	record DeleteMessage(long chatId, MessageTarget target) implements Outgoing {
	}

	/** Answers a button press, which stops the spinner on the person's phone. */
	record AnswerButton(long chatId, String buttonPressId, String text, boolean alert) implements Outgoing {
	}

	/** Lets a user into a group they asked to join. */
	record ApproveJoin(long chatId, long userId) implements Outgoing {
	}

	/** Refuses a user's request to join a group. */
	record DeclineJoin(long chatId, long userId) implements Outgoing {
	}

	/** Removes a user from a group. */
	record BanMember(long chatId, long userId) implements Outgoing {
	}

	/** Names a message: by its Telegram id, or by the outbox entry that sends it. */
	record MessageTarget(Long messageId, String entryId) {

		/** A message whose Telegram id is known. */
		public static MessageTarget message(long messageId) {
			return new MessageTarget(messageId, null);
		}

		/**
		 * The message that an earlier outbox entry sends (its Telegram id may not be
		 * known yet).
		 */
		public static MessageTarget entry(OutboxRef ref) {
			return new MessageTarget(null, ref.entryId());
		}

	}

}
