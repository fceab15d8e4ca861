package org.peersupport.sandbox;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A message the bot sent, with its edits and deletion. Guarded by its chat's lock.
 */
final class StoredMessage {

	private final long messageId;

	private final long date;

	private String text;

	private String parseMode;

	private JsonNode replyMarkup;

	private int edits;

	private long editDate;

	private boolean deleted;

	private final byte[] photo;

	private final String media;

	StoredMessage(long messageId, long date, String text, String parseMode, JsonNode replyMarkup) {
		this(messageId, date, text, parseMode, replyMarkup, null);
	}

	/** A message; with a photo, {@code text} is its caption. */
	StoredMessage(long messageId, long date, String text, String parseMode, JsonNode replyMarkup, byte[] photo) {
		this(messageId, date, text, parseMode, replyMarkup, photo, null);
	}

	/**
	 * A message; with a photo or copied media ({@code media}: sticker, photo, voice,
	 * document), {@code text} is its caption.
	 */
	StoredMessage(long messageId, long date, String text, String parseMode, JsonNode replyMarkup, byte[] photo,
			String media) {
		this.media = media;
		this.messageId = messageId;
		this.date = date;
		this.text = text;
		this.parseMode = parseMode;
		this.replyMarkup = replyMarkup;
		this.photo = photo;
	}

	byte[] photo() {
		return this.photo;
	}

	/** The kind of media a copy carries, or null. */
	String media() {
		return this.media;
	}

	long messageId() {
		return this.messageId;
	}

	long date() {
		return this.date;
	}

	String text() {
		return this.text;
	}

	JsonNode replyMarkup() {
		return this.replyMarkup;
	}

	long editDate() {
		return this.editDate;
	}

	boolean deleted() {
		return this.deleted;
	}

	void edit(String newText, String newParseMode, JsonNode newMarkup, long when) {
		this.text = newText;
		this.parseMode = newParseMode;
		this.replyMarkup = newMarkup;
		this.edits++;
		this.editDate = when;
	}

	void delete() {
		this.deleted = true;
	}

	boolean carriesCallbackData(String data) {
		return buttons().stream().flatMap(List::stream).anyMatch((b) -> data.equals(b.data()));
	}

	List<List<BotMessage.Button>> buttons() {
		List<List<BotMessage.Button>> rows = new ArrayList<>();
		if (this.replyMarkup == null) {
			return rows;
		}
		for (JsonNode row : this.replyMarkup.path("inline_keyboard")) {
			List<BotMessage.Button> buttons = new ArrayList<>();
			for (JsonNode button : row) {
				JsonNode data = button.get("callback_data");
				JsonNode url = button.get("url");
				buttons.add(new BotMessage.Button(button.path("text").asString(""),
						(data != null) ? data.asString() : null, (url != null) ? url.asString() : null));
			}
			rows.add(List.copyOf(buttons));
		}
		return rows;
	}

	BotMessage toBotMessage() {
		return new BotMessage(this.messageId, this.text, this.parseMode, buttons(), this.edits, this.deleted, this.date,
				this.photo, this.media);
	}

}
