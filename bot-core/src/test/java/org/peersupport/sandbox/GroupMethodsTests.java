package org.peersupport.sandbox;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.groupadministration.ApproveChatJoinRequest;
import org.telegram.telegrambots.meta.api.methods.groupadministration.BanChatMember;
import org.telegram.telegrambots.meta.api.methods.groupadministration.CreateChatInviteLink;
import org.telegram.telegrambots.meta.api.methods.groupadministration.DeclineChatJoinRequest;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChat;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.groupadministration.LeaveChat;
import org.telegram.telegrambots.meta.api.methods.groupadministration.RestrictChatMember;
import org.telegram.telegrambots.meta.api.methods.groupadministration.UnbanChatMember;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.ChatInviteLink;
import org.telegram.telegrambots.meta.api.objects.ChatJoinRequest;
import org.telegram.telegrambots.meta.api.objects.ChatPermissions;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberAdministrator;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

class GroupMethodsTests {

	private static final long ANN = 55;

	private static final long BEA = 56;

	private BotApiEmulator emulator;

	private TelegramTestClient telegram;

	private TelegramClient client;

	private SandboxUsers users;

	@BeforeEach
	void start() {
		this.emulator = BotApiEmulator.start(EmulatorSettings.defaults(TelegramTestClient.TOKEN));
		this.telegram = new TelegramTestClient(this.emulator);
		this.client = this.telegram.client();
		this.users = this.emulator.users();
	}

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void createdGroupTellsTheBotItIsAdministrator() throws Exception {
		long chatId = this.users.createGroup("Tuesday circle");

		ChatMemberUpdated added = this.telegram.updates().get(0).getMyChatMember();

		assertThat(chatId).isLessThan(-1_000_000_000_000L);
		assertThat(added.getChat().getId()).isEqualTo(chatId);
		assertThat(added.getChat().getType()).isEqualTo("supergroup");
		assertThat(added.getChat().getTitle()).isEqualTo("Tuesday circle");
		assertThat(added.getOldChatMember().getStatus()).isEqualTo("left");
		assertThat(added.getNewChatMember().getStatus()).isEqualTo("administrator");
		assertThat(added.getNewChatMember().getUser().getId()).isEqualTo(7_000_000_001L);
		assertThat(this.client.execute(new GetChat(String.valueOf(chatId))).getTitle()).isEqualTo("Tuesday circle");
	}

	@Test
	void onlyMembersPressButtonsInAGroup() throws Exception {
		long chatId = this.users.createGroup("Tuesday circle");
		Message poll = this.client.execute(SendMessage.builder()
			.chatId(chatId)
			.text("Meet on Friday?")
			.replyMarkup(BotApiEmulatorTests.keyboard("Yes", "meet:yes", "No", "meet:no"))
			.build());
		long before = this.emulator.lastUpdateId();

		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.users.press(ANN, chatId, poll.getMessageId(), "meet:yes"));
		assertThat(this.emulator.lastUpdateId()).isEqualTo(before);

		SentUpdate owner = this.users.press(SandboxUsers.DEFAULT_GROUP_OWNER, chatId, poll.getMessageId(), "meet:no");
		assertThat(owner.updateId()).isEqualTo(before + 1);
	}

	@Test
	void joinRequestThroughALinkIsApprovedIntoMembership() throws Exception {
		long chatId = this.users.createGroup("Tuesday circle");
		ChatInviteLink link = this.client
			.execute(CreateChatInviteLink.builder().chatId(chatId).createsJoinRequest(true).build());
		this.telegram.updates();

		SentUpdate join = this.users.join(ANN, link.getInviteLink());

		Update update = this.telegram.updates().get(0);
		ChatJoinRequest request = update.getChatJoinRequest();
		assertThat(update.getUpdateId()).isEqualTo((int) join.updateId());
		assertThat(request.getUser().getId()).isEqualTo(ANN);
		assertThat(request.getChat().getId()).isEqualTo(chatId);
		assertThat(request.getInviteLink().getInviteLink()).isEqualTo(link.getInviteLink());
		assertThat(this.users.memberStatus(chatId, ANN)).isEqualTo("left");

		assertThat(this.client.execute(new ApproveChatJoinRequest(String.valueOf(chatId), ANN))).isTrue();

		assertThat(this.users.memberStatus(chatId, ANN)).isEqualTo("member");
		assertThat(this.client.execute(new GetChatMember(String.valueOf(chatId), ANN)).getStatus()).isEqualTo("member");
		List<Update> afterApproval = this.telegram.updates();
		assertThat(afterApproval).singleElement()
			.satisfies((u) -> assertThat(u.getMessage().getNewChatMembers()).extracting((user) -> user.getId())
				.containsExactly(ANN));
	}

	@Test
	void declinedRequestLeavesTheUserOutAndCannotBeDecidedTwice() throws Exception {
		long chatId = this.users.createGroup("Tuesday circle");
		String link = this.client
			.execute(CreateChatInviteLink.builder().chatId(chatId).createsJoinRequest(true).build())
			.getInviteLink();
		this.users.join(BEA, link);

		assertThat(this.client.execute(new DeclineChatJoinRequest(String.valueOf(chatId), BEA))).isTrue();

		assertThat(this.users.memberStatus(chatId, BEA)).isEqualTo("left");
		assertThatExceptionOfType(TelegramApiRequestException.class)
			.isThrownBy(() -> this.client.execute(new ApproveChatJoinRequest(String.valueOf(chatId), BEA)))
			.satisfies((ex) -> assertThat(ex.getApiResponse()).isEqualTo("Bad Request: HIDE_REQUESTER_MISSING"));
	}

	@Test
	void linkWithoutJoinRequestAdmitsAtOnceAndMembersCanWrite() throws Exception {
		long chatId = this.users.createGroup("Open circle");
		String link = this.client.execute(CreateChatInviteLink.builder().chatId(chatId).build()).getInviteLink();
		this.telegram.updates();

		this.users.join(ANN, link);
		SentUpdate said = this.users.sendGroupText(chatId, ANN, "hello all");

		List<Update> updates = this.telegram.updates();
		assertThat(updates).hasSize(2);
		assertThat(updates.get(0).getMessage().getNewChatMembers()).hasSize(1);
		Message message = updates.get(1).getMessage();
		assertThat(message.getText()).isEqualTo("hello all");
		assertThat(message.getChat().getId()).isEqualTo(chatId);
		assertThat(message.getMessageId()).isEqualTo((int) said.messageId());
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.users.sendGroupText(chatId, BEA, "not a member"));
	}

	@Test
	void chatMemberUpdatesComeOnlyWhenTheBotAsksForThem() throws Exception {
		long chatId = this.users.createGroup("Open circle");
		String link = this.client.execute(CreateChatInviteLink.builder().chatId(chatId).build()).getInviteLink();
		this.telegram.updates();
		this.client.execute(GetUpdates.builder().allowedUpdates(List.of("message", "chat_member")).timeout(0).build());

		this.users.join(ANN, link);

		List<Update> updates = this.telegram.updates();
		assertThat(updates).hasSize(2);
		ChatMemberUpdated joined = updates.get(1).getChatMember();
		assertThat(joined.getNewChatMember().getStatus()).isEqualTo("member");
		assertThat(joined.getOldChatMember().getStatus()).isEqualTo("left");
		assertThat(this.client.execute(new GetChatMember(String.valueOf(chatId), SandboxUsers.DEFAULT_GROUP_OWNER))
			.getStatus()).isEqualTo("creator");
	}

	@Test
	void bannedUserCannotJoinUntilUnbanned() throws Exception {
		long chatId = this.users.createGroup("Open circle");
		String link = this.client.execute(CreateChatInviteLink.builder().chatId(chatId).build()).getInviteLink();
		this.users.join(ANN, link);

		this.client.execute(new BanChatMember(String.valueOf(chatId), ANN));

		assertThat(this.users.memberStatus(chatId, ANN)).isEqualTo("kicked");
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> this.users.join(ANN, link));
		this.client.execute(new UnbanChatMember(String.valueOf(chatId), ANN, true));
		assertThat(this.users.memberStatus(chatId, ANN)).isEqualTo("left");
		this.users.join(ANN, link);
		assertThat(this.users.memberStatus(chatId, ANN)).isEqualTo("member");
	}

	@Test
	void anAdministratorsBanInTelegramComesAsAChatMemberUpdateFromThemAndKeepsTheUserOut() throws Exception {
		long chatId = this.users.createGroup("Open circle");
		String link = this.client.execute(CreateChatInviteLink.builder().chatId(chatId).build()).getInviteLink();
		this.users.join(ANN, link);
		this.users.join(BEA, link);
		this.telegram.updates();
		this.client.execute(GetUpdates.builder().allowedUpdates(List.of("message", "chat_member")).timeout(0).build());

		assertThatExceptionOfType(IllegalStateException.class).as("only an administrator bans")
			.isThrownBy(() -> this.users.banByAdmin(chatId, BEA, ANN));
		this.users.banByAdmin(chatId, SandboxUsers.DEFAULT_GROUP_OWNER, ANN);

		ChatMemberUpdated banned = this.telegram.updates().get(0).getChatMember();
		assertThat(banned.getFrom().getId()).isEqualTo(SandboxUsers.DEFAULT_GROUP_OWNER);
		assertThat(banned.getNewChatMember().getUser().getId()).isEqualTo(ANN);
		assertThat(banned.getOldChatMember().getStatus()).isEqualTo("member");
		assertThat(banned.getNewChatMember().getStatus()).isEqualTo("kicked");
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> this.users.join(ANN, link));

		// the test client's polls name no update types, which leaves chat_member out
		// again
		this.client.execute(GetUpdates.builder().allowedUpdates(List.of("message", "chat_member")).timeout(0).build());
		this.users.unbanByAdmin(chatId, SandboxUsers.DEFAULT_GROUP_OWNER, ANN);

		ChatMemberUpdated lifted = this.telegram.updates().get(0).getChatMember();
		assertThat(lifted.getOldChatMember().getStatus()).isEqualTo("kicked");
		assertThat(lifted.getNewChatMember().getStatus()).isEqualTo("left");
		this.users.join(ANN, link);
		assertThat(this.users.memberStatus(chatId, ANN)).isEqualTo("member");
	}

	@Test
	void restrictedMemberCannotWrite() throws Exception {
		long chatId = this.users.createGroup("Open circle");
		String link = this.client.execute(CreateChatInviteLink.builder().chatId(chatId).build()).getInviteLink();
		this.users.join(ANN, link);

		this.client.execute(RestrictChatMember.builder()
			.chatId(chatId)
			.userId(ANN)
			.permissions(ChatPermissions.builder().canSendMessages(false).build())
			.build());

		assertThat(this.client.execute(new GetChatMember(String.valueOf(chatId), ANN)).getStatus())
			.isEqualTo("restricted");
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.users.sendGroupText(chatId, ANN, "muted"));
	}

	@Test
	void aRestrictionUntilATimeEndsByItselfAndATextOnlyMemberPostsNoMedia() throws Exception {
		java.time.Instant start = java.time.Instant.parse("2026-12-01T10:00:00Z");
		org.peersupport.testing.MutableClock clock = new org.peersupport.testing.MutableClock(start);
		this.emulator.close();
		this.emulator = BotApiEmulator.start(EmulatorSettings.defaults(TelegramTestClient.TOKEN), clock);
		this.client = new TelegramTestClient(this.emulator).client();
		this.users = this.emulator.users();
		long chatId = this.users.createGroup("Open circle");
		String link = this.client.execute(CreateChatInviteLink.builder().chatId(chatId).build()).getInviteLink();
		this.users.join(ANN, link);

		this.client.execute(RestrictChatMember.builder()
			.chatId(chatId)
			.userId(ANN)
			.permissions(ChatPermissions.builder().canSendMessages(true).canSendPhotos(false).build())
			.untilDate((int) start.plusSeconds(3600).getEpochSecond())
			.build());

		assertThat(this.users.restrictedUntil(chatId, ANN)).isEqualTo(start.plusSeconds(3600).getEpochSecond());
		this.users.sendGroupText(chatId, ANN, "text is fine");
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.users.sendGroupPost(chatId, ANN, GroupPost.media("photo")));
		clock.advance(java.time.Duration.ofHours(1));
		assertThat(this.users.memberStatus(chatId, ANN)).isEqualTo("member");
		this.users.sendGroupPost(chatId, ANN, GroupPost.media("photo"));
	}

	@Test
	void aReplyCarriesTheRepliedMessageAForwardItsOriginAndALinkItsEntity() throws Exception {
		long chatId = this.users.createGroup("Open circle");
		String link = this.client.execute(CreateChatInviteLink.builder().chatId(chatId).build()).getInviteLink();
		this.users.join(ANN, link);
		this.users.join(BEA, link);
		this.telegram.updates();
		long first = this.users.sendGroupText(chatId, ANN, "see https://example.org now").messageId();

		this.users.sendGroupPost(chatId, BEA, GroupPost.text("/report").replyingTo(first));
		this.users.sendGroupPost(chatId, BEA, GroupPost.text("passed on").asForwarded());
		this.users.promote(chatId, BEA);

		List<Update> updates = this.telegram.updates();
		Message linked = updates.get(0).getMessage();
		assertThat(linked.getEntities()).extracting((e) -> e.getType() + ":" + e.getOffset() + ":" + e.getLength())
			.containsExactly("url:4:19");
		Message reply = updates.get(1).getMessage();
		assertThat(reply.getReplyToMessage().getMessageId()).isEqualTo((int) first);
		assertThat(reply.getReplyToMessage().getFrom().getId()).isEqualTo(ANN);
		assertThat(reply.getReplyToMessage().getText()).isEqualTo("see https://example.org now");
		assertThat(updates.get(2).getMessage().getForwardOrigin()).isNotNull();
		assertThat(this.client.execute(new GetChatMember(String.valueOf(chatId), BEA)).getStatus())
			.isEqualTo("administrator");
	}

	@Test
	void migratedGroupAnswersWithTheNewChatId() throws Exception {
		long oldId = this.users.createGroup("Basic circle", "group", 1000);
		this.client.execute(SendMessage.builder().chatId(oldId).text("before").build());
		this.telegram.updates();

		long newId = this.users.migrate(oldId);

		assertThat(newId).isLessThan(-1_000_000_000_000L).isNotEqualTo(oldId);
		List<Update> updates = this.telegram.updates();
		assertThat(updates.get(0).getMessage().getMigrateToChatId()).isEqualTo(newId);
		assertThat(updates.get(1).getMessage().getMigrateFromChatId()).isEqualTo(oldId);
		assertThatExceptionOfType(TelegramApiRequestException.class)
			.isThrownBy(() -> this.client.execute(SendMessage.builder().chatId(oldId).text("after").build()))
			.satisfies((ex) -> {
				assertThat(ex.getErrorCode()).isEqualTo(400);
				assertThat(ex.getApiResponse()).isEqualTo("Bad Request: group chat was upgraded to a supergroup chat");
				assertThat(ex.getParameters().getMigrateToChatId()).isEqualTo(newId);
			});
		this.client.execute(SendMessage.builder().chatId(newId).text("after").build());
		assertThat(this.users.messages(newId)).extracting(BotMessage::text).containsExactly("after");
	}

	@Test
	void botThatLeftAGroupIsForbiddenToWrite() throws Exception {
		long chatId = this.users.createGroup("Tuesday circle");

		assertThat(this.client.execute(new LeaveChat(String.valueOf(chatId)))).isTrue();

		assertThatExceptionOfType(TelegramApiRequestException.class)
			.isThrownBy(() -> this.client.execute(SendMessage.builder().chatId(chatId).text("still here?").build()))
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(403));
	}

	@Test
	void theOwnerTakesAndGivesBackTheBotsRightsAndTheBotIsTold() throws Exception {
		long chatId = this.users.createGroup("Tuesday circle");

		this.users.botRights(chatId, java.util.Map.of("can_invite_users", false));
		this.users.botRights(chatId, java.util.Map.of("can_invite_users", true));

		List<Update> updates = this.telegram.updates();
		ChatMemberAdministrator added = (ChatMemberAdministrator) updates.get(0).getMyChatMember().getNewChatMember();
		ChatMemberAdministrator taken = (ChatMemberAdministrator) updates.get(1).getMyChatMember().getNewChatMember();
		ChatMemberAdministrator given = (ChatMemberAdministrator) updates.get(2).getMyChatMember().getNewChatMember();
		assertThat(added.getCanInviteUsers()).isTrue();
		assertThat(taken.getCanInviteUsers()).isFalse();
		assertThat(taken.getCanDeleteMessages()).isTrue();
		assertThat(given.getCanInviteUsers()).isTrue();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.users.botRights(chatId, java.util.Map.of("can_fly", false)));
	}

	@Test
	void theOwnerRemovesTheBotWhichIsToldAndMayNoLongerWrite() throws Exception {
		long chatId = this.users.createGroup("Tuesday circle");

		this.users.removeBot(chatId);

		ChatMemberUpdated removed = this.telegram.updates().get(1).getMyChatMember();
		assertThat(removed.getNewChatMember().getStatus()).isEqualTo("left");
		assertThatExceptionOfType(TelegramApiRequestException.class)
			.isThrownBy(() -> this.client.execute(SendMessage.builder().chatId(chatId).text("hi").build()))
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(403));
		assertThatIllegalStateException().isThrownBy(() -> this.users.removeBot(chatId));
	}

	@Test
	void groupChatShowsPostsMembersAndWhatTheBotDid() throws Exception {
		long chatId = this.users.createGroup("Tuesday circle");
		String link = this.client
			.execute(CreateChatInviteLink.builder().chatId(chatId).createsJoinRequest(true).build())
			.getInviteLink();
		assertThat(this.users.linkState(ANN, link)).contains(SandboxUsers.LinkState.OPEN);
		this.users.join(ANN, link);
		assertThat(this.users.linkState(ANN, link)).contains(SandboxUsers.LinkState.ASKED);
		this.client.execute(new ApproveChatJoinRequest(String.valueOf(chatId), ANN));
		assertThat(this.users.linkState(ANN, link)).contains(SandboxUsers.LinkState.MEMBER);
		assertThat(this.users.linkState(ANN, "https://t.me/+nothing")).isEmpty();
		this.client.execute(SendMessage.builder().chatId(chatId).text("Welcome, Ann!").build());
		long kept = this.users.sendGroupText(chatId, ANN, "Hello all").messageId();
		long removed = this.users.sendGroupText(chatId, ANN, "buy now").messageId();
		this.client.execute(new DeleteMessage(String.valueOf(chatId), (int) removed));
		this.client.execute(RestrictChatMember.builder()
			.chatId(chatId)
			.userId(ANN)
			.permissions(ChatPermissions.builder().canSendMessages(false).build())
			.build());

		GroupChat group = this.users.groupChat(chatId).orElseThrow();

		assertThat(group.title()).isEqualTo("Tuesday circle");
		assertThat(group.posts()).extracting(GroupChat.Post::text, GroupChat.Post::fromBot, GroupChat.Post::deleted)
			.containsExactly(tuple("Welcome, Ann!", true, false), tuple("Hello all", false, false),
					tuple("buy now", false, true));
		assertThat(group.posts()).filteredOn((post) -> post.messageId() == kept)
			.singleElement()
			.extracting(GroupChat.Post::fromId)
			.isEqualTo(ANN);
		assertThat(group.members())
			.extracting(GroupChat.Member::userId, GroupChat.Member::status, GroupChat.Member::mayWrite)
			.containsExactly(tuple(ANN, "restricted", false), tuple(SandboxUsers.DEFAULT_GROUP_OWNER, "creator", true));
		assertThat(group.actions())
			.extracting(GroupChat.BotAction::kind, GroupChat.BotAction::userId, GroupChat.BotAction::messageId)
			.containsExactly(tuple("approved", ANN, 0L), tuple("deleted", ANN, removed), tuple("restricted", ANN, 0L));
		assertThat(this.users.userMessageExists(chatId, removed)).isFalse();
		assertThat(this.users.groupChat(ANN)).as("a private chat is no group").isEmpty();
		assertThat(this.users.groupChat(-42)).isEmpty();
	}

}
