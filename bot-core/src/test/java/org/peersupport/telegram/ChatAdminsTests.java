package org.peersupport.telegram;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.EmulatorSettings;
import org.peersupport.sandbox.SandboxUsers;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.groupadministration.CreateChatInviteLink;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Who administers a group, asked of the Bot API: the owner and a promoted member do, a
 * member and an unknown user do not, and only a failure that may pass (a 5xx) makes the
 * update come again.
 */
class ChatAdminsTests {

	private static final String TOKEN = "77:admins-token";

	private BotApiEmulator emulator;

	private ChatAdmins admins;

	private TelegramClient client;

	@BeforeEach
	void start() {
		this.emulator = BotApiEmulator.start(EmulatorSettings.defaults(TOKEN));
		TelegramUrl url = TelegramUrl.builder()
			.schema("http")
			.host("127.0.0.1")
			.port(this.emulator.port())
			.testServer(false)
			.build();
		this.client = new OkHttpTelegramClient(TOKEN, url);
		this.admins = new ChatAdmins(this.client);
	}

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void theOwnerAndAPromotedMemberAdministerAMemberAndAStrangerDoNot() {
		SandboxUsers users = this.emulator.users();
		long group = users.createGroup("Circle");
		String link = inviteLink(group);
		users.join(55, link);
		users.join(56, link);
		users.promote(group, 56);

		assertThat(this.admins.administers(group, SandboxUsers.DEFAULT_GROUP_OWNER)).isTrue();
		assertThat(this.admins.administers(group, 56)).isTrue();
		assertThat(this.admins.administers(group, 55)).isFalse();
		assertThat(this.admins.administers(group, 999_999)).as("unknown user: 400, not asked again").isFalse();
	}

	@Test
	void aFailureThatMayPassMakesTheUpdateComeAgain() {
		long group = this.emulator.users().createGroup("Circle");
		this.emulator.faults().failNext("getChatMember", 502, "Bad Gateway", 0);

		assertThatIllegalStateException()
			.isThrownBy(() -> this.admins.administers(group, SandboxUsers.DEFAULT_GROUP_OWNER));
	}

	private String inviteLink(long group) {
		try {
			return this.client.execute(CreateChatInviteLink.builder().chatId(group).build()).getInviteLink();
		}
		catch (TelegramApiException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
