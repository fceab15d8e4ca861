package org.peersupport.sandbox;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the Bot API's JSON shapes (snake_case, as Telegram answers them).
 */
final class TelegramJson {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final String[] ADMIN_RIGHTS = { "can_manage_chat", "can_delete_messages", "can_manage_video_chats",
			"can_restrict_members", "can_promote_members", "can_change_info", "can_invite_users", "can_post_stories",
			"can_edit_stories", "can_delete_stories", "can_pin_messages", "can_manage_topics" };

	private static final String[] MEMBER_PERMISSIONS = { "can_send_messages", "can_send_audios", "can_send_documents",
			"can_send_photos", "can_send_videos", "can_send_video_notes", "can_send_voice_notes", "can_send_polls",
			"can_send_other_messages", "can_add_web_page_previews", "can_change_info", "can_invite_users",
			"can_pin_messages", "can_manage_topics" };

	private final EmulatorSettings settings;

	TelegramJson(EmulatorSettings settings) {
		this.settings = settings;
	}

	static ObjectNode object() {
		return NODES.objectNode();
	}

	static ArrayNode array() {
		return NODES.arrayNode();
	}

	ObjectNode bot() {
		ObjectNode bot = object();
		bot.put("id", this.settings.botId());
		bot.put("is_bot", true);
		bot.put("first_name", "Peer Support Sandbox");
		bot.put("username", this.settings.botUsername());
		return bot;
	}

	ObjectNode me() {
		ObjectNode me = bot();
		me.put("can_join_groups", true);
		me.put("can_read_all_group_messages", false);
		me.put("supports_inline_queries", false);
		me.put("can_connect_to_business", false);
		me.put("has_main_web_app", false);
		return me;
	}

	static ObjectNode user(UserProfile profile) {
		ObjectNode user = object();
		user.put("id", profile.id());
		user.put("is_bot", false);
		user.put("first_name", profile.firstName());
		if (profile.languageCode() != null) {
			user.put("language_code", profile.languageCode());
		}
		return user;
	}

	static ObjectNode chat(ChatRoom room, UserProfile privateUser) {
		ObjectNode chat = object();
		chat.put("id", room.id());
		chat.put("type", room.type());
		if (room.isPrivate()) {
			chat.put("first_name", (privateUser != null) ? privateUser.firstName() : "User");
		}
		else {
			chat.put("title", room.title());
		}
		return chat;
	}

	static ObjectNode chatFullInfo(ChatRoom room, UserProfile privateUser) {
		ObjectNode chat = chat(room, privateUser);
		chat.put("accent_color_id", 0);
		chat.put("max_reaction_count", 11);
		if (!room.isPrivate()) {
			chat.set("permissions", permissions(true));
		}
		return chat;
	}

	/**
	 * A message in a chat with the fields every message carries.
	 */
	static ObjectNode message(long messageId, ObjectNode from, ObjectNode chat, long date) {
		ObjectNode message = object();
		message.put("message_id", messageId);
		message.set("from", from);
		message.set("chat", chat);
		message.put("date", date);
		return message;
	}

	ObjectNode botMessage(StoredMessage stored, ObjectNode chat) {
		ObjectNode message = message(stored.messageId(), bot(), chat, stored.date());
		if (stored.editDate() > 0) {
			message.put("edit_date", stored.editDate());
		}
		if (stored.photo() != null) {
			ObjectNode size = object();
			size.put("file_id", "photo-" + stored.messageId());
			size.put("file_unique_id", "photo-" + stored.messageId());
			size.put("width", 0);
			size.put("height", 0);
			size.put("file_size", stored.photo().length);
			message.putArray("photo").add(size);
			if (stored.text() != null) {
				message.put("caption", stored.text());
			}
		}
		else if (stored.media() != null) {
			NonTextContent.put(message, stored.media());
			if (stored.text() != null) {
				message.put("caption", stored.text());
			}
		}
		else {
			message.put("text", stored.text());
		}
		if (stored.replyMarkup() != null) {
			message.set("reply_markup", stored.replyMarkup());
		}
		return message;
	}

	/** Links as Telegram recognises them in a text: a url entity each. */
	private static final java.util.regex.Pattern LINK = java.util.regex.Pattern
		.compile("(?i)\\b(?:https?://|www\\.|t\\.me/)\\S+");

	static void putText(ObjectNode message, String text) {
		message.put("text", text);
		ArrayNode entities = array();
		if (text.startsWith("/")) {
			int end = text.indexOf(' ');
			ObjectNode entity = object();
			entity.put("type", "bot_command");
			entity.put("offset", 0);
			entity.put("length", (end < 0) ? text.length() : end);
			entities.add(entity);
		}
		java.util.regex.Matcher link = LINK.matcher(text);
		while (link.find()) {
			// offsets in UTF-16 code units, as Telegram counts them (and Java strings do)
			ObjectNode entity = object();
			entity.put("type", "url");
			entity.put("offset", link.start());
			entity.put("length", link.end() - link.start());
			entities.add(entity);
		}
		if (!entities.isEmpty()) {
			message.set("entities", entities);
		}
	}

	/** Whether {@code right} is one of an administrator's rights. */
	static boolean isAdminRight(String right) {
		return java.util.Arrays.asList(ADMIN_RIGHTS).contains(right);
	}

	/** The bot's rights that are withheld, as false flags of an administrator member. */
	static ObjectNode withheld(java.util.Set<String> rights) {
		ObjectNode flags = object();
		rights.forEach((right) -> flags.put(right, false));
		return flags;
	}

	static ObjectNode chatMember(String status, ObjectNode user, JsonNode restrictions) {
		ObjectNode member = object();
		member.put("status", status);
		member.set("user", user);
		switch (status) {
			case ChatRoom.CREATOR -> member.put("is_anonymous", false);
			case ChatRoom.ADMINISTRATOR -> {
				member.put("can_be_edited", false);
				member.put("is_anonymous", false);
				for (String right : ADMIN_RIGHTS) {
					member.put(right, true);
				}
				if (restrictions != null && restrictions.isObject()) {
					// for the bot: the rights its owner took away
					member.setAll((ObjectNode) restrictions);
				}
			}
			case ChatRoom.KICKED -> member.put("until_date", 0);
			case ChatRoom.RESTRICTED -> {
				member.put("is_member", true);
				member.put("until_date", 0);
				member.setAll(permissions(false));
				if (restrictions != null && restrictions.isObject()) {
					member.setAll((ObjectNode) restrictions);
				}
			}
			default -> {
			}
		}
		return member;
	}

	static ObjectNode chatMemberUpdated(ObjectNode chat, ObjectNode from, long date, ObjectNode oldMember,
			ObjectNode newMember) {
		ObjectNode updated = object();
		updated.set("chat", chat);
		updated.set("from", from);
		updated.put("date", date);
		updated.set("old_chat_member", oldMember);
		updated.set("new_chat_member", newMember);
		return updated;
	}

	ObjectNode inviteLink(InviteLink link) {
		ObjectNode node = object();
		node.put("invite_link", link.link());
		node.set("creator", bot());
		node.put("creates_join_request", link.createsJoinRequest());
		node.put("is_primary", false);
		node.put("is_revoked", false);
		if (link.name() != null) {
			node.put("name", link.name());
		}
		return node;
	}

	static ObjectNode permissions(boolean allowed) {
		ObjectNode node = object();
		for (String permission : MEMBER_PERMISSIONS) {
			node.put(permission, allowed);
		}
		return node;
	}

	static boolean grantsEverything(JsonNode permissions) {
		for (String permission : MEMBER_PERMISSIONS) {
			if (!permissions.path(permission).asBoolean(false)) {
				return false;
			}
		}
		return true;
	}

}
