package org.peersupport.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bot methods about messages: send, edit, delete, answer a button press.
 */
final class MessageMethods {

	static final int MAX_TEXT_LENGTH = 4096;

	static final int MAX_CALLBACK_DATA_BYTES = 64;

	static final int MAX_CAPTION_LENGTH = 1024;

	private static final String NOT_MODIFIED = "message is not modified: specified new message content and reply"
			+ " markup are exactly the same as a current content and reply markup of the message";

	private final EmulatorState state;

	MessageMethods(EmulatorState state) {
		this.state = state;
	}

	void register(BotMethodRegistry registry) {
		registry.add("sendMessage", true, this::sendMessage);
		registry.add("sendPhoto", true, this::sendPhoto);
		registry.add("copyMessage", true, this::copyMessage);
		registry.add("editMessageText", true, this::editMessageText);
		registry.add("editMessageReplyMarkup", true, this::editMessageReplyMarkup);
		registry.add("deleteMessage", true, this::deleteMessage);
		registry.add("answerCallbackQuery", false, this::answerCallbackQuery);
		registry.add("sendChatAction", false, this::sendChatAction);
	}

	JsonNode sendMessage(RequestParams params) {
		long chatId = params.chatId();
		String text = checkText(params.string("text"));
		JsonNode markup = inlineMarkup(params.json("reply_markup"));
		ChatRoom room = this.state.roomForBot(chatId);
		ObjectNode message;
		BotMessage seen = null;
		synchronized (room) {
			EmulatorState.checkWritable(room);
			StoredMessage stored = room.addBotMessage(text, params.string("parse_mode"), markup, this.state.now());
			message = this.state.json.botMessage(stored, this.state.chatJson(room));
			if (this.state.hasSentMessageListeners()) {
				seen = stored.toBotMessage();
			}
		}
		this.state.stats.countSentMessage();
		if (seen != null) {
			this.state.messageSent(chatId, seen);
		}
		return message;
	}

	JsonNode sendPhoto(RequestParams params) {
		long chatId = params.chatId();
		// Uploaded as its own part, or (as TelegramBots does) as a part the field names
		// with attach://<part name>.
		byte[] photo = params.bytes("photo");
		String reference = params.string("photo");
		if (photo == null && reference != null && reference.startsWith("attach://")) {
			photo = params.bytes(reference.substring("attach://".length()));
		}
		if (photo == null || photo.length == 0) {
			throw BotApiError.badRequest("there is no photo in the request");
		}
		String caption = params.string("caption");
		if (caption != null && caption.length() > MAX_CAPTION_LENGTH) {
			throw BotApiError.badRequest("message caption is too long");
		}
		JsonNode markup = inlineMarkup(params.json("reply_markup"));
		ChatRoom room = this.state.roomForBot(chatId);
		ObjectNode message;
		BotMessage seen = null;
		synchronized (room) {
			EmulatorState.checkWritable(room);
			StoredMessage stored = room.addBotMessage(caption, params.string("parse_mode"), markup, this.state.now(),
					photo);
			message = this.state.json.botMessage(stored, this.state.chatJson(room));
			if (this.state.hasSentMessageListeners()) {
				seen = stored.toBotMessage();
			}
		}
		this.state.stats.countSentMessage();
		if (seen != null) {
			this.state.messageSent(chatId, seen);
		}
		return message;
	}

	/**
	 * copyMessage: a new message of the bot's with the original's content (no "forwarded
	 * from"), the caption given replacing a media message's own. Like Telegram, answers
	 * only the new message's id. A caption is refused for a sticker or a text message.
	 */
	JsonNode copyMessage(RequestParams params) {
		long chatId = params.chatId();
		long fromChatId = params.requiredLong("from_chat_id");
		long sourceId = params.requiredLong("message_id");
		String caption = params.string("caption");
		if (caption != null && caption.length() > MAX_CAPTION_LENGTH) {
			throw BotApiError.badRequest("message caption is too long");
		}
		ChatRoom source = this.state.room(fromChatId);
		if (source == null) {
			throw BotApiError.badRequest("chat not found");
		}
		String text;
		String media;
		synchronized (source) {
			ChatRoom.UserMessage original = source.userMessage(sourceId);
			StoredMessage own = (original == null) ? source.botMessage(sourceId) : null;
			if (original == null && (own == null || own.deleted())) {
				throw BotApiError.badRequest("message to copy not found");
			}
			text = (original != null) ? original.text() : own.text();
			media = (original != null) ? original.media() : own.media();
		}
		if (caption != null) {
			if (media == null || media.equals("sticker")) {
				throw BotApiError.badRequest("message can't have a caption");
			}
			text = caption;
		}
		if (media == null && (text == null || text.isEmpty())) {
			throw BotApiError.badRequest("the message can't be copied");
		}
		JsonNode markup = inlineMarkup(params.json("reply_markup"));
		ChatRoom room = this.state.roomForBot(chatId);
		BotMessage seen = null;
		long messageId;
		synchronized (room) {
			EmulatorState.checkWritable(room);
			StoredMessage stored = room.addCopiedMessage(text, media, markup, this.state.now());
			messageId = stored.messageId();
			if (this.state.hasSentMessageListeners()) {
				seen = stored.toBotMessage();
			}
		}
		this.state.stats.countSentMessage();
		if (seen != null) {
			this.state.messageSent(chatId, seen);
		}
		ObjectNode answer = TelegramJson.object();
		answer.put("message_id", messageId);
		return answer;
	}

	JsonNode editMessageText(RequestParams params) {
		String text = checkText(params.string("text"));
		JsonNode markup = inlineMarkup(params.json("reply_markup"));
		return edit(params, text, params.string("parse_mode"), markup, true);
	}

	JsonNode editMessageReplyMarkup(RequestParams params) {
		JsonNode markup = inlineMarkup(params.json("reply_markup"));
		return edit(params, null, null, markup, false);
	}

	private JsonNode edit(RequestParams params, String newText, String parseMode, JsonNode markup, boolean textEdit) {
		if (params.has("inline_message_id")) {
			throw BotApiError.badRequest("message to edit not found");
		}
		ChatRoom room = this.state.roomForBot(params.chatId());
		long messageId = params.requiredLong("message_id");
		synchronized (room) {
			EmulatorState.checkWritable(room);
			StoredMessage stored = room.botMessage(messageId);
			if (stored == null || stored.deleted()) {
				throw BotApiError.badRequest("message to edit not found");
			}
			String text = textEdit ? newText : stored.text();
			if (text.equals(stored.text()) && Objects.equals(markup, stored.replyMarkup())) {
				throw BotApiError.badRequest(NOT_MODIFIED);
			}
			stored.edit(text, textEdit ? parseMode : null, markup, this.state.now());
			return this.state.json.botMessage(stored, this.state.chatJson(room));
		}
	}

	JsonNode deleteMessage(RequestParams params) {
		ChatRoom room = this.state.roomForBot(params.chatId());
		long messageId = params.requiredLong("message_id");
		synchronized (room) {
			EmulatorState.checkWritable(room);
			StoredMessage stored = room.botMessage(messageId);
			if (stored != null && !stored.deleted()) {
				stored.delete();
			}
			else {
				ChatRoom.UserMessage deleted = room.userMessage(messageId);
				if (!room.deleteUserMessage(messageId)) {
					throw BotApiError.badRequest("message to delete not found");
				}
				room.botAction(new GroupChat.BotAction("deleted", deleted.fromId(), messageId, this.state.now()));
			}
		}
		return BooleanNode.TRUE;
	}

	JsonNode answerCallbackQuery(RequestParams params) {
		String id = params.requiredString("callback_query_id");
		PendingCallback callback = this.state.closeCallback(id);
		if (callback == null) {
			throw BotApiError.badRequest("query is too old and response timeout expired or query ID is invalid");
		}
		this.state.recordAnswer(callback.userId(), new CallbackAnswer(id, callback.messageId(), callback.data(),
				params.string("text"), params.flag("show_alert")));
		return BooleanNode.TRUE;
	}

	JsonNode sendChatAction(RequestParams params) {
		ChatRoom room = this.state.roomForBot(params.chatId());
		synchronized (room) {
			EmulatorState.checkWritable(room);
		}
		return BooleanNode.TRUE;
	}

	private static String checkText(String text) {
		if (text == null || text.isBlank()) {
			throw BotApiError.badRequest("message text is empty");
		}
		if (text.length() > MAX_TEXT_LENGTH) {
			throw BotApiError.badRequest("message is too long");
		}
		return text;
	}

	/**
	 * The inline keyboard to keep, or null; other keyboards are not part of the message.
	 */
	private static JsonNode inlineMarkup(JsonNode markup) {
		if (markup == null || !markup.has("inline_keyboard")) {
			return null;
		}
		JsonNode rows = markup.get("inline_keyboard");
		if (!rows.isArray()) {
			throw BotApiError.badRequest("can't parse inline keyboard button: InlineKeyboardMarkup must be an array");
		}
		for (JsonNode row : rows) {
			for (JsonNode button : row) {
				checkButton(button);
			}
		}
		ObjectNode kept = TelegramJson.object();
		kept.set("inline_keyboard", rows);
		return kept;
	}

	private static void checkButton(JsonNode button) {
		if (button.path("text").asString("").isEmpty()) {
			throw BotApiError.badRequest(
					"can't parse inline keyboard button: Text buttons are unallowed in the " + "inline keyboard");
		}
		JsonNode data = button.get("callback_data");
		if (data != null) {
			int bytes = data.asString("").getBytes(StandardCharsets.UTF_8).length;
			if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) {
				throw BotApiError.badRequest("BUTTON_DATA_INVALID");
			}
		}
	}

}
