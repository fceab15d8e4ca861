package org.peersupport.messaging;

import java.util.List;

/**
 * A call ready to go to the Bot API, with any reference to an earlier outbox entry
 * already resolved.
 *
 * @param action which Bot API call
 * @param chatId the target chat
 * @param text the message text, or the answer text for a button press
 * @param buttons inline keyboard rows, possibly empty
 * @param messageId the message to edit or delete, when the action needs one
 * @param buttonPressId the callback query to answer
 * @param userId the user to approve, decline or ban
 * @param alert whether a button answer is shown as an alert
 * @param restriction for {@link OutboundAction#RESTRICT_MEMBER}: what the member may
 * send, until when
 * @param photo the picture of a {@link OutboundAction#SEND_PHOTO}, else null
 * @param copy the message a {@link OutboundAction#COPY_MESSAGE} copies, else null
 */
public record OutboundCall(OutboundAction action, long chatId, String text, List<List<Button>> buttons, Long messageId,
		String buttonPressId, Long userId, boolean alert, OutboxEntry.Restriction restriction, byte[] photo,
		OutboxEntry.Copy copy) {

	/** A call that restricts nobody and sends no picture. */
	public OutboundCall(OutboundAction action, long chatId, String text, List<List<Button>> buttons, Long messageId,
			String buttonPressId, Long userId, boolean alert) {
		this(action, chatId, text, buttons, messageId, buttonPressId, userId, alert, null, null, null);
	}

	@Override
	public String toString() {
		return "OutboundCall[" + this.action + ", chat=" + this.chatId + "]";
	}

}
