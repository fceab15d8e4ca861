package org.peersupport.telegram;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.CopyMessage;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.groupadministration.ApproveChatJoinRequest;
import org.telegram.telegrambots.meta.api.methods.groupadministration.BanChatMember;
import org.telegram.telegrambots.meta.api.methods.groupadministration.CreateChatInviteLink;
import org.telegram.telegrambots.meta.api.methods.groupadministration.DeclineChatJoinRequest;
import org.telegram.telegrambots.meta.api.methods.groupadministration.RestrictChatMember;
import org.telegram.telegrambots.meta.api.methods.groupadministration.UnbanChatMember;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.ChatInviteLink;
import org.telegram.telegrambots.meta.api.objects.ChatPermissions;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.MessageId;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.peersupport.messaging.BotApiPort;
import org.peersupport.messaging.Button;
import org.peersupport.messaging.MemberRights;
import org.peersupport.messaging.OutboundAction;
import org.peersupport.messaging.OutboxEntry;
import org.peersupport.messaging.OutboundCall;
import org.peersupport.messaging.SendOutcome;

/**
 * Performs the outbox's calls with the TelegramBots client and turns Telegram's answers
 * into {@link SendOutcome}s.
 */
class TelegramBotApi implements BotApiPort {

	private static final Logger log = LoggerFactory.getLogger(TelegramBotApi.class);

	private final TelegramClient client;

	TelegramBotApi(TelegramClient client) {
		this.client = client;
	}

	@Override
	public SendOutcome execute(OutboundCall call) {
		try {
			Serializable result = (call.action() == OutboundAction.SEND_PHOTO) ? this.client.execute(photo(call))
					: this.client.execute(toMethod(call));
			Long messageId = (result instanceof Message message) ? message.getMessageId().longValue()
					: (result instanceof MessageId copied) ? copied.getMessageId() : call.messageId();
			return new SendOutcome.Delivered(messageId);
		}
		catch (TelegramApiRequestException ex) {
			return outcomeOf(call, ex);
		}
		catch (TelegramApiException ex) {
			log.debug("Bot API call {} failed in transport", call.action(), ex);
			return new SendOutcome.Transient(0);
		}
	}

	@Override
	public SendOutcome createInviteLink(long groupChatId, String name, Instant expiresAt) {
		CreateChatInviteLink method = CreateChatInviteLink.builder()
			.chatId(Long.toString(groupChatId))
			.name(name)
			.expireDate(Math.toIntExact(expiresAt.getEpochSecond()))
			.createsJoinRequest(true)
			.build();
		try {
			ChatInviteLink link = this.client.execute(method);
			return new SendOutcome.LinkCreated(link.getInviteLink());
		}
		catch (TelegramApiRequestException ex) {
			return outcomeOf(new OutboundCall(null, groupChatId, null, List.of(), null, null, null, false), ex);
		}
		catch (TelegramApiException ex) {
			log.debug("createChatInviteLink failed in transport", ex);
			return new SendOutcome.Transient(0);
		}
	}

	static SendOutcome outcomeOf(OutboundCall call, TelegramApiRequestException ex) {
		int code = (ex.getErrorCode() != null) ? ex.getErrorCode() : 0;
		String description = (ex.getApiResponse() != null) ? ex.getApiResponse() : "";
		if (code == 429) {
			Integer retryAfter = (ex.getParameters() != null) ? ex.getParameters().getRetryAfter() : null;
			return new SendOutcome.RetryAfter(Duration.ofSeconds((retryAfter != null) ? retryAfter : 1));
		}
		if (code == 403) {
			return new SendOutcome.Blocked();
		}
		if (ex.getParameters() != null && ex.getParameters().getMigrateToChatId() != null) {
			return new SendOutcome.Migrated(ex.getParameters().getMigrateToChatId());
		}
		if (code == 400 && description.toLowerCase(Locale.ROOT).contains("message is not modified")) {
			return new SendOutcome.Delivered(call.messageId());
		}
		if (code == 0 || code >= 500) {
			return new SendOutcome.Transient(code);
		}
		return new SendOutcome.Rejected(code, description);
	}

	private static SendPhoto photo(OutboundCall call) {
		return SendPhoto.builder()
			.chatId(call.chatId())
			.photo(new InputFile(new ByteArrayInputStream(call.photo()), "picture.png"))
			.caption(call.text())
			.build();
	}

	private static BotApiMethod<? extends Serializable> toMethod(OutboundCall call) {
		return switch (call.action()) {
			// an invite link's message, its link already in the text
			case SEND_MESSAGE,
					SEND_INVITE_LINK ->
				SendMessage.builder()
					.chatId(call.chatId())
					.text(call.text())
					.replyMarkup(keyboard(call.buttons()))
					.build();
			case EDIT_TEXT -> EditMessageText.builder()
				.chatId(call.chatId())
				.messageId(messageId(call))
				.text(call.text())
				.replyMarkup(keyboard(call.buttons()))
				.build();
			case EDIT_BUTTONS -> EditMessageReplyMarkup.builder()
				.chatId(call.chatId())
				.messageId(messageId(call))
				.replyMarkup(keyboard(call.buttons()))
				.build();
			case DELETE_MESSAGE -> DeleteMessage.builder().chatId(call.chatId()).messageId(messageId(call)).build();
			case ANSWER_BUTTON -> AnswerCallbackQuery.builder()
				.callbackQueryId(call.buttonPressId())
				.text(call.text())
				.showAlert(call.alert())
				.build();
			case APPROVE_JOIN -> ApproveChatJoinRequest.builder().chatId(call.chatId()).userId(call.userId()).build();
			case DECLINE_JOIN -> DeclineChatJoinRequest.builder().chatId(call.chatId()).userId(call.userId()).build();
			case BAN_MEMBER -> BanChatMember.builder().chatId(call.chatId()).userId(call.userId()).build();
			case UNBAN_MEMBER ->
				UnbanChatMember.builder().chatId(call.chatId()).userId(call.userId()).onlyIfBanned(true).build();
			case SEND_PHOTO -> throw new IllegalArgumentException("A photo is sent as a multipart upload");
			case COPY_MESSAGE -> copy(call);
			case RESTRICT_MEMBER -> restrict(call);
		};
	}

	private static CopyMessage copy(OutboundCall call) {
		if (call.copy() == null) {
			throw new IllegalArgumentException("COPY_MESSAGE needs the message to copy");
		}
		return CopyMessage.builder()
			.chatId(call.chatId())
			.fromChatId(call.copy().fromChatId())
			.messageId(Math.toIntExact(call.copy().messageId()))
			.caption(call.text())
			.replyMarkup(keyboard(call.buttons()))
			.build();
	}

	private static RestrictChatMember restrict(OutboundCall call) {
		OutboxEntry.Restriction restriction = call.restriction();
		if (restriction == null) {
			throw new IllegalArgumentException("RESTRICT_MEMBER needs a restriction");
		}
		boolean all = restriction.rights() == MemberRights.ALL;
		boolean text = all || restriction.rights() == MemberRights.TEXT_ONLY;
		ChatPermissions permissions = ChatPermissions.builder()
			.canSendMessages(text)
			.canSendAudios(all)
			.canSendDocuments(all)
			.canSendPhotos(all)
			.canSendVideos(all)
			.canSendVideoNotes(all)
			.canSendVoiceNotes(all)
			.canSendPolls(all)
			.canSendOtherMessages(all)
			.canAddWebPagePreviews(all)
			.build();
		RestrictChatMember.RestrictChatMemberBuilder<?, ?> method = RestrictChatMember.builder()
			.chatId(call.chatId())
			.userId(call.userId())
			.permissions(permissions)
			.useIndependentChatPermissions(true);
		if (restriction.until() != null && !all) {
			method.untilDate(Math.toIntExact(restriction.until().getEpochSecond()));
		}
		return method.build();
	}

	private static Integer messageId(OutboundCall call) {
		if (call.messageId() == null) {
			throw new IllegalArgumentException(call.action() + " needs a message id");
		}
		return Math.toIntExact(call.messageId());
	}

	private static InlineKeyboardMarkup keyboard(List<List<Button>> rows) {
		if (rows == null || rows.isEmpty()) {
			return null;
		}
		List<InlineKeyboardRow> keyboard = rows.stream()
			.map((row) -> new InlineKeyboardRow(row.stream()
				.map((b) -> InlineKeyboardButton.builder().text(b.text()).callbackData(b.data()).build())
				.toList()))
			.toList();
		return InlineKeyboardMarkup.builder().keyboard(keyboard).build();
	}

}
