package org.peersupport.sandbox;

import java.util.List;

/**
 * A message the bot sent to a chat, as a sandbox user sees it.
 *
 * @param messageId the message id in its chat
 * @param text the current text
 * @param parseMode the parse mode the bot gave, or null
 * @param buttons the inline keyboard, rows of buttons (empty without one)
 * @param edits how many times it was edited
 * @param deleted whether the bot deleted it
 * @param date when it was sent, epoch seconds
 * @param photo the picture of a photo message (its caption is the text), else null
 * @param media the kind of media of a message the bot copied from someone (sticker,
 * photo, voice, document; its caption is the text), else null
 */
public record BotMessage(long messageId, String text, String parseMode, List<List<Button>> buttons, int edits,
		boolean deleted, long date, byte[] photo, String media) {

	/** A message without a photo. */
	public BotMessage(long messageId, String text, String parseMode, List<List<Button>> buttons, int edits,
			boolean deleted, long date) {
		this(messageId, text, parseMode, buttons, edits, deleted, date, null, null);
	}

	/**
	 * The callback data of every button, row by row.
	 * @return the data values (buttons without callback data are skipped)
	 */
	public List<String> buttonData() {
		return this.buttons.stream().flatMap(List::stream).map(Button::data).filter((d) -> d != null).toList();
	}

	/**
	 * One inline keyboard button.
	 *
	 * @param text the label
	 * @param data the callback data, or null
	 * @param url the url of a link button, or null
	 */
	public record Button(String text, String data, String url) {
	}

}
