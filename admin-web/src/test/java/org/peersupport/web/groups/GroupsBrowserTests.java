package org.peersupport.web.groups;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.peersupport.groups.GroupSettings;
import org.peersupport.groups.GroupStatus;
import org.peersupport.groups.HeldJoinRequests;
import org.peersupport.groups.PeerGroups;
import org.peersupport.participants.Participants;
import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.web.audit.AuditEntry;
import org.peersupport.web.support.Browser;
import org.peersupport.web.support.BrowserTest;
import org.peersupport.web.support.TelegramUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A moderator in the browser activates a group the bot was added to, and lets in a join
 * request the group held for a moderator (the group set to hold them on its page).
 */
@BrowserTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1",
		"peer.messaging.rate.enabled=false" })
class GroupsBrowserTests {

	private static final Pattern LINK = Pattern.compile("https://t\\.me/\\+\\S+");

	@Autowired
	BotApiEmulator emulator;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	PeerGroups groups;

	@Autowired
	HeldJoinRequests held;

	@Autowired
	Participants participants;

	@BeforeEach
	void noTelegramLimits() {
		this.emulator.limits(EmulatorLimits.off());
	}

	@Test
	void aModeratorActivatesAPendingGroup(Browser browser) {
		long chat = this.emulator.users().createGroup("Thursday talks");
		await().until(() -> this.groups.find(chat).isPresent());

		browser.signIn("root-admin", "correct-horse-1");
		browser.clickAndWait(By.linkText("Groups"));
		assertThat(browser.text(By.cssSelector("#groups tr[data-id='" + chat + "']")))
			.contains("Waiting to be activated");
		browser.clickAndWait(By.cssSelector("#groups tr[data-id='" + chat + "'] a"));
		browser.type("name", "Thursday talks").type("capacity", "8").type("rules", "Be kind. Listen first.");
		new Select(browser.find(By.id("programme"))).selectByValue("recovery");
		new Select(browser.find(By.id("language"))).selectByValue("en");
		browser.clickAndWait(By.id("activate"));

		assertThat(browser.pageText()).contains("The group’s settings are saved and the group is active.");
		assertThat(browser.text(By.id("group-status"))).isEqualTo("Active");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Thursday talks");
		assertThat(this.groups.find(chat).orElseThrow().status()).isEqualTo(GroupStatus.ACTIVE);
		assertThat(this.groups.find(chat).orElseThrow().rules()).isEqualTo("Be kind. Listen first.");
	}

	@Test
	void aModeratorLetsInAJoinRequestTheGroupHeldForThem(Browser browser) {
		long chat = this.emulator.users().createGroup("Open circle");
		await().until(() -> this.groups.find(chat).isPresent());
		this.groups.activate(chat, new GroupSettings("Open circle", "recovery", "en", 5, "Be kind."), "root-admin");
		browser.signIn("root-admin", "correct-horse-1");
		browser.open("/groups/" + chat);
		assertThat(browser.find(By.id("holdJoinRequests")).isSelected()).isFalse();
		browser.click(By.id("holdJoinRequests")).clickAndWait(By.id("save-moderation"));
		assertThat(browser.pageText()).contains("The moderation rules are saved.");
		assertThat(this.groups.find(chat).orElseThrow().holdJoinRequests()).isTrue();

		// a stranger asks to join with a placed person's link
		this.emulator.users().join(4799, linkOfAPlacedPerson(4711));
		await().until(() -> this.held.inGroup(chat).size() == 1);
		browser.open("/groups/" + chat);
		assertThat(browser.text(By.id("held-requests"))).startsWith("Join requests held for a moderator")
			.contains("P-")
			.doesNotContain("4799");
		browser.clickAndWait(By.cssSelector("#held-requests .approve-held"));

		assertThat(browser.pageText()).contains("The person will be let into the group.");
		assertThat(browser.text(By.id("held-requests"))).contains("No join request is waiting.");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> "member".equals(this.emulator.users().memberStatus(chat, 4799)));
		assertThat(this.emulator.users().messages(4799)).isEmpty();
		assertThat(this.mongo.find(Query.query(Criteria.where("objectId").is(Long.toString(chat))), AuditEntry.class))
			.extracting(AuditEntry::action)
			.contains("group.moderation-changed", "group.join-approved");
	}

	/** The personal link the bot sends a participant it places in the group. */
	private String linkOfAPlacedPerson(long userId) {
		this.participants.recordConsent(userId, "en", "onboarding@1", Instant.now());
		this.participants.completeOnboarding(userId, "recovery", Map.of("pseudonym", "Heron"), Instant.now());
		TelegramUser user = new TelegramUser(this.emulator, this.mongo, userId, "en");
		user.says("/group").presses("Find me a group").presses("✅ I agree");
		Matcher link = LINK.matcher(user.lastText());
		assertThat(link.find()).as(user.lastText()).isTrue();
		return link.group();
	}

}
