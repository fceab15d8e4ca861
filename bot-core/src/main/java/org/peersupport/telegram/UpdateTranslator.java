package org.peersupport.telegram;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.ChatJoinRequest;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberAdministrator;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import org.peersupport.messaging.ChatType;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundKind;
import org.peersupport.messaging.PostDetails;

/**
 * Translates a TelegramBots {@link Update} into an {@link InboundEvent} at the edge,
 * keeping ids, the language code and what was typed or pressed, and dropping names and
 * everything else.
 */
class UpdateTranslator {

	private final Clock clock;

	private final BotUsername bot;

	private final Admins admins;

	private final Set<String> moderatorCommands;

	UpdateTranslator(Clock clock, BotUsername bot) {
		this(clock, bot, (chatId, userId) -> false, Set.of());
	}

	/**
	 * @param moderatorCommands the commands only a group's administrators may give:
	 * Telegram is asked who administers the group for these, not for every group command
	 */
	UpdateTranslator(Clock clock, BotUsername bot, Admins admins, Set<String> moderatorCommands) {
		this.clock = clock;
		this.bot = bot;
		this.admins = admins;
		this.moderatorCommands = moderatorCommands;
	}

	/** Whether a user administers a group (see {@link ChatAdmins}). */
	@FunctionalInterface
	interface Admins {

		boolean administers(long chatId, long userId);

	}

	/** The event, or empty for updates the bot does not act on. */
	Optional<InboundEvent> translate(Update update) {
		long id = update.getUpdateId();
		if (update.hasCallbackQuery()) {
			return Optional.of(button(id, update.getCallbackQuery()));
		}
		if (update.hasMessage()) {
			return message(id, update.getMessage());
		}
		if (update.hasMyChatMember()) {
			return Optional.of(membership(id, update.getMyChatMember()));
		}
		if (update.hasChatMember()) {
			return memberStatus(id, update.getChatMember());
		}
		if (update.hasChatJoinRequest()) {
			return Optional.of(joinRequest(id, update.getChatJoinRequest()));
		}
		return Optional.empty();
	}

	private Optional<InboundEvent> message(long id, Message message) {
		Chat chat = message.getChat();
		User from = message.getFrom();
		Long messageId = (message.getMessageId() != null) ? message.getMessageId().longValue() : null;
		if (message.getMigrateToChatId() != null) {
			return Optional.of(event(id, InboundKind.CHAT_MIGRATED, chat, from, messageId, null, null, null, null, null,
					message.getMigrateToChatId()));
		}
		if (message.getLeftChatMember() != null && chatType(chat) != ChatType.PRIVATE) {
			return Optional.of(event(id, InboundKind.MEMBER_LEFT, chat, message.getLeftChatMember(), messageId, null,
					null, null, null, null, null));
		}
		if (message.hasText()) {
			String text = message.getText();
			if (text.startsWith("/") && text.length() > 1) {
				int space = firstWhitespace(text);
				String name = text.substring(1, space);
				int at = name.indexOf('@');
				if (at >= 0) {
					if (!this.bot.isThisBot(name.substring(at + 1))) {
						return forAnotherBot(id, chat, from, messageId, text);
					}
					name = name.substring(0, at);
				}
				String rest = text.substring(space).strip();
				return Optional
					.of(post(event(id, InboundKind.COMMAND, chat, from, messageId, rest.isEmpty() ? null : rest,
							name.toLowerCase(Locale.ROOT), null, null, null, null), message, true));
			}
			return Optional
				.of(post(event(id, InboundKind.TEXT, chat, from, messageId, text, null, null, null, null, null),
						message, false));
		}
		InboundKind kind = isServiceMessage(message) ? InboundKind.OTHER : InboundKind.NON_TEXT;
		boolean privateMedia = kind == InboundKind.NON_TEXT && chatType(chat) == ChatType.PRIVATE;
		// media sent to the bot privately: its caption as the text (the crisis check
		// reads
		// it, the relay passes it on) and its kind
		InboundEvent event = event(id, kind, chat, from, messageId, privateMedia ? message.getCaption() : null, null,
				null, null, null, null);
		if (privateMedia) {
			return Optional.of(event.withPost(
					new PostDetails(isForwarded(message), hasLink(message), media(message), null, null, null, false)));
		}
		return Optional.of((kind == InboundKind.NON_TEXT) ? post(event, message, false) : event);
	}

	/**
	 * A group message with what its rules need: forwarded, a link, media, the message it
	 * replies to, and for a moderators' command whether its sender administers the group.
	 */
	private InboundEvent post(InboundEvent event, Message message, boolean command) {
		if (event.isPrivate()) {
			// a command's own text may go on to a group (/anon), whose rules ask for
			// these
			return command
					? event.withPost(
							new PostDetails(isForwarded(message), hasLink(message), null, null, null, null, false))
					: event;
		}
		Message replied = message.getReplyToMessage();
		Long replyTo = (replied != null && replied.getMessageId() != null) ? replied.getMessageId().longValue() : null;
		Long replyToUser = (replied != null && replied.getFrom() != null
				&& !Boolean.TRUE.equals(replied.getFrom().getIsBot())) ? replied.getFrom().getId() : null;
		// the replied text only where a report may need it: a group's words are not kept
		String replyToText = (command && replied != null) ? replied.getText() : null;
		boolean admin = command && this.moderatorCommands.contains(event.command()) && event.userId() != null
				&& this.admins.administers(event.chatId(), event.userId());
		PostDetails post = new PostDetails(isForwarded(message), hasLink(message), media(message), replyTo, replyToUser,
				replyToText, admin);
		return event.withPost(post);
	}

	private static boolean isForwarded(Message message) {
		return message.getForwardOrigin() != null || message.getForwardDate() != null
				|| message.getForwardFrom() != null || message.getForwardFromChat() != null;
	}

	private static boolean hasLink(Message message) {
		List<MessageEntity> entities = new ArrayList<>();
		if (message.getEntities() != null) {
			entities.addAll(message.getEntities());
		}
		if (message.getCaptionEntities() != null) {
			entities.addAll(message.getCaptionEntities());
		}
		return entities.stream().anyMatch((e) -> "url".equals(e.getType()) || "text_link".equals(e.getType()));
	}

	private static String media(Message message) {
		if (message.hasText()) {
			return null;
		}
		if (message.hasPhoto()) {
			return "photo";
		}
		if (message.getVideo() != null || message.hasVideoNote() || message.getAnimation() != null) {
			return "video";
		}
		if (message.hasSticker()) {
			return "sticker";
		}
		if (message.getVoice() != null || message.getAudio() != null) {
			return "voice";
		}
		if (message.hasDocument()) {
			return "document";
		}
		return "other";
	}

	/**
	 * A command addressed to another bot: nothing in a private chat (it is not for us);
	 * in a group, an ordinary message like any other members write.
	 */
	private Optional<InboundEvent> forAnotherBot(long id, Chat chat, User from, Long messageId, String text) {
		if (chatType(chat) == ChatType.PRIVATE) {
			return Optional.empty();
		}
		return Optional.of(event(id, InboundKind.TEXT, chat, from, messageId, text, null, null, null, null, null));
	}

	private InboundEvent button(long id, CallbackQuery query) {
		User from = query.getFrom();
		long chatId;
		Chat chat = null;
		Long messageId = null;
		if (query.getMessage() != null) {
			chat = query.getMessage().getChat();
			chatId = query.getMessage().getChatId();
			messageId = query.getMessage().getMessageId().longValue();
		}
		else {
			chatId = from.getId();
		}
		ChatType type = (chat != null) ? chatType(chat) : ChatType.PRIVATE;
		// In a private chat, the text of the message pressed under: the bot keeps no copy
		// of what it sent (a relayed message a volunteer reports is read from here).
		PostDetails pressed = (type == ChatType.PRIVATE && query.getMessage() instanceof Message message)
				? new PostDetails(false, false, null, messageId, null,
						(message.getText() != null) ? message.getText() : message.getCaption(), false)
				: null;
		return new InboundEvent(id, InboundKind.BUTTON, chatId, type, from.getId(), messageId, null, null,
				query.getData(), query.getId(), from.getLanguageCode(), null, null, this.clock.instant())
			.withPost(pressed);
	}

	private InboundEvent membership(long id, ChatMemberUpdated update) {
		ChatMember member = update.getNewChatMember();
		String status = (member != null) ? member.getStatus() : null;
		String missing = (chatType(update.getChat()) == ChatType.PRIVATE) ? null : missingRights(member);
		return event(id, InboundKind.BOT_MEMBERSHIP, update.getChat(), update.getFrom(), null, missing, null, null,
				null, status, null);
	}

	/**
	 * A member's status changed in a group by someone other than this bot (an
	 * administrator banned or unbanned them in Telegram, say); the bot's own calls come
	 * back as such updates too, and are left out: what the bot did is recorded where it
	 * decided it.
	 */
	private Optional<InboundEvent> memberStatus(long id, ChatMemberUpdated update) {
		User actor = update.getFrom();
		ChatMember member = update.getNewChatMember();
		if (chatType(update.getChat()) == ChatType.PRIVATE || member == null || member.getUser() == null
				|| actor == null || isThisBot(actor)) {
			return Optional.empty();
		}
		String old = (update.getOldChatMember() != null) ? update.getOldChatMember().getStatus() : null;
		return Optional.of(event(id, InboundKind.MEMBER_STATUS, update.getChat(), member.getUser(), null, old, null,
				null, null, member.getStatus(), null)
			.withActor(actor.getId()));
	}

	private boolean isThisBot(User user) {
		return Boolean.TRUE.equals(user.getIsBot()) && user.getUserName() != null
				&& this.bot.isThisBot(user.getUserName());
	}

	/**
	 * The administrator rights the bot needs in a group and lacks, space-separated in Bot
	 * API words, or null when it has them all (or is not in the group).
	 */
	static String missingRights(ChatMember member) {
		if (member == null || "left".equals(member.getStatus()) || "kicked".equals(member.getStatus())
				|| "creator".equals(member.getStatus())) {
			return null;
		}
		List<String> missing = new ArrayList<>();
		ChatMemberAdministrator admin = (member instanceof ChatMemberAdministrator a) ? a : null;
		if (admin == null || !Boolean.TRUE.equals(admin.getCanInviteUsers())) {
			missing.add("can_invite_users");
		}
		if (admin == null || !Boolean.TRUE.equals(admin.getCanDeleteMessages())) {
			missing.add("can_delete_messages");
		}
		if (admin == null || !Boolean.TRUE.equals(admin.getCanRestrictMembers())) {
			missing.add("can_restrict_members");
		}
		return missing.isEmpty() ? null : String.join(" ", missing);
	}

	private InboundEvent joinRequest(long id, ChatJoinRequest request) {
		return event(id, InboundKind.JOIN_REQUEST, request.getChat(), request.getUser(), null, null, null, null, null,
				null, null);
	}

	private InboundEvent event(long id, InboundKind kind, Chat chat, User from, Long messageId, String text,
			String command, String data, String pressId, String status, Long migratedTo) {
		return new InboundEvent(id, kind, chat.getId(), chatType(chat), (from != null) ? from.getId() : null, messageId,
				text, command, data, pressId, (from != null) ? from.getLanguageCode() : null, status, migratedTo,
				this.clock.instant());
	}

	private static boolean isServiceMessage(Message message) {
		return message.getNewChatMembers() != null && !message.getNewChatMembers().isEmpty()
				|| message.getLeftChatMember() != null || message.getMigrateFromChatId() != null;
	}

	private static int firstWhitespace(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isWhitespace(text.charAt(i))) {
				return i;
			}
		}
		return text.length();
	}

	static ChatType chatType(Chat chat) {
		String type = (chat.getType() != null) ? chat.getType() : "private";
		return switch (type) {
			case "group" -> ChatType.GROUP;
			case "supergroup" -> ChatType.SUPERGROUP;
			case "channel" -> ChatType.CHANNEL;
			default -> ChatType.PRIVATE;
		};
	}

}
