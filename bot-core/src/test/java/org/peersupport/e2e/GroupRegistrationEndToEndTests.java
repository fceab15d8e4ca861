package org.peersupport.e2e;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.groups.GroupSettings;
import org.peersupport.groups.GroupStatus;
import org.peersupport.groups.PeerGroup;
import org.peersupport.groups.PeerGroups;
import org.peersupport.safety.Alert;
import org.peersupport.safety.Alerts;
import org.peersupport.safety.ModeratorAlerts.Reason;
import org.peersupport.sandbox.SandboxUsers;
import org.peersupport.store.MemoryStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Peer groups register themselves when the bot is added, through the emulator: pending
 * until activated, inactive when the bot is removed, a missing right reported, and a
 * migration to a supergroup keeping registration and settings. Moderators hear of each.
 */
@SpringBootTest(classes = BotTestApplication.class, properties = "peer.messaging.rate.enabled=false")
@MemoryStore
class GroupRegistrationEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start();

	static final long MODERATORS = telegram.emulator().users().createGroup("Moderators");

	@Autowired
	PeerGroups groups;

	@Autowired
	Alerts alerts;

	@DynamicPropertySource
	static void pointAtEmulator(DynamicPropertyRegistry registry) {
		telegram.register(registry);
		registry.add("peer.moderators.chat-id", () -> MODERATORS);
	}

	@AfterAll
	static void stopEmulator() {
		telegram.close();
	}

	@Test
	void theBotAddedAsAdministratorRegistersAPendingGroupAndModeratorsAreTold() {
		long chat = users().createGroup("Tuesday circle");

		PeerGroup group = await().until(() -> this.groups.find(chat).orElse(null), (g) -> g != null);
		assertThat(group.status()).isEqualTo(GroupStatus.PENDING);
		assertThat(group.missingRights()).isEmpty();
		await().until(() -> moderatorsSaw("group " + chat + ")"));
		assertThat(telegram.texts(MODERATORS)).anyMatch((t) -> t.startsWith("The bot was added to a peer group"));
		assertThat(alertsAbout(chat)).extracting(Alert::reason).containsExactly(Reason.GROUP_PENDING);
		assertThat(this.groups.find(MODERATORS)).as("the moderators' own chat is no peer group").isEmpty();
	}

	@Test
	void aRightTheBotLacksIsRecordedAndReported() {
		long chat = users().createGroup("Thursday circle");
		await().until(() -> this.groups.find(chat).isPresent());

		users().botRights(chat, Map.of("can_invite_users", false));

		await().until(() -> this.groups.find(chat).orElseThrow().missingRights().equals(List.of("can_invite_users")));
		await().until(() -> moderatorsSaw(
				"The bot lacks administrator rights it needs in group " + chat + ": can_invite_users."));
		assertThat(alertsAbout(chat)).extracting(Alert::reason).contains(Reason.GROUP_RIGHTS_MISSING);

		users().botRights(chat, Map.of("can_invite_users", true));
		await().until(() -> this.groups.find(chat).orElseThrow().hasAllRights());
	}

	@Test
	void theBotRemovedMakesTheGroupInactiveAndModeratorsAreTold() {
		long chat = users().createGroup("Friday circle");
		await().until(() -> this.groups.find(chat).isPresent());
		activate(chat);

		users().removeBot(chat);

		await().until(() -> this.groups.find(chat).orElseThrow().status() == GroupStatus.INACTIVE);
		await().until(() -> moderatorsSaw("The bot was removed from group " + chat + "."));
		assertThat(this.groups.find(chat).orElseThrow().programme()).as("settings kept").isEqualTo("default");
	}

	@Test
	void aGroupThatBecomesASupergroupKeepsItsRegistrationAndSettingsUnderTheNewId() {
		long chat = users().createGroup("Monday circle", "group", SandboxUsers.DEFAULT_GROUP_OWNER);
		await().until(() -> this.groups.find(chat).isPresent());
		activate(chat);

		long supergroup = users().migrate(chat);

		PeerGroup moved = await().until(() -> this.groups.find(supergroup).orElse(null), (g) -> g != null);
		assertThat(moved.status()).isEqualTo(GroupStatus.ACTIVE);
		assertThat(moved.name()).isEqualTo("Circle");
		assertThat(moved.capacity()).isEqualTo(8);
		assertThat(moved.rules()).isEqualTo("Be kind.");
		assertThat(moved.migratedFrom()).isEqualTo(chat);
		assertThat(this.groups.find(chat)).isEmpty();
	}

	private void activate(long chat) {
		assertThat(this.groups.activate(chat, new GroupSettings("Circle", "default", "en", 8, "Be kind."), "admin"))
			.isPresent();
	}

	private List<Alert> alertsAbout(long chat) {
		return this.alerts.list(null, false, 100).stream().filter((a) -> a.chatId() == chat).toList();
	}

	private boolean moderatorsSaw(String part) {
		return telegram.texts(MODERATORS).stream().anyMatch((t) -> t.contains(part));
	}

	private static SandboxUsers users() {
		return telegram.emulator().users();
	}

}
