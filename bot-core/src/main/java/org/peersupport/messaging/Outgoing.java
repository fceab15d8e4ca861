package org.peersupport.messaging;

import java.time.Duration;
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

	/**
	 * Changes what a member may send in a group until a time: nothing (muted), text only
	 * (a newcomer), or everything again (a restriction lifted).
	 *
	 * @param chatId the group
	 * @param userId the member
	 * @param rights what they may send
	 * @param until when the restriction ends by itself, or null for no end (Telegram
	 * treats less than 30 seconds or more than 366 days from now as no end)
	 */
	record RestrictMember(long chatId, long userId, MemberRights rights, java.time.Instant until) implements Outgoing {

		public RestrictMember {
			java.util.Objects.requireNonNull(rights, "rights");
		}

	}

	/**
	 * Lifts a ban, so that a user removed from a group may join it again later; a user
	 * who is not banned is left as they are.
	 */
	record UnbanMember(long chatId, long userId) implements Outgoing {
	}

	/**
	 * Creates a personal invite link to a group, with {@code creates_join_request} on,
	 * and sends it to a person in one outbox entry: the link is stored in the entry once
	 * created, so a retry of the send does not create a second link.
	 *
	 * @param chatId the person's private chat, where the link is sent
	 * @param groupChatId the group the link lets the person ask to join
	 * @param linkName the link's name, which the group's administrators see (no personal
	 * data)
	 * @param validFor how long the link works after it is created
	 * @param text the message; {@link #LINK} in it is replaced by the link
	 */
	record CreateInviteLinkAndSend(long chatId, long groupChatId, String linkName, Duration validFor,
			String text) implements Outgoing {

		/** Where the link goes in the text. */
		public static final String LINK = "{invite-link}";

		public CreateInviteLinkAndSend {
			if (text == null || !text.contains(LINK)) {
				throw new IllegalArgumentException("The text must say where the link goes");
			}
			if (validFor == null || validFor.isNegative() || validFor.isZero()) {
				throw new IllegalArgumentException("A link must be valid for some time");
			}
		}

	}

	/**
	 * A picture (PNG or JPEG bytes) with an optional caption, e.g. a chart drawn for the
	 * person.
	 */
	record SendPhoto(long chatId, byte[] photo, String caption) implements Outgoing {

		public SendPhoto {
			if (photo == null || photo.length == 0) {
				throw new IllegalArgumentException("A photo needs its bytes");
			}
		}

		@Override
		public String toString() {
			return "SendPhoto[chat=" + this.chatId + ", " + this.photo.length + " bytes]";
		}

	}

	/**
	 * A message someone sent the bot, sent on to another chat as a new message of the
	 * bot's (Telegram's copyMessage: the receiver does not learn who sent the original).
	 *
	 * @param chatId the chat it goes to
	 * @param fromChatId the chat the original is in
	 * @param messageId the original's id in that chat
	 * @param caption the copy's caption (replaces the original's), or null to keep the
	 * original's (and for media that has none, such as a sticker)
	 * @param buttons inline keyboard rows, possibly empty
	 */
	record CopyMessage(long chatId, long fromChatId, long messageId, String caption,
			List<List<Button>> buttons) implements Outgoing {

		public CopyMessage {
			buttons = (buttons != null) ? List.copyOf(buttons) : List.of();
		}

		@Override
		public String toString() {
			return "CopyMessage[chat=" + this.chatId + "]";
		}

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
