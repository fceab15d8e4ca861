package org.peersupport.e2e;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.groups.GroupNotice;
import org.peersupport.groups.GroupPlace;
import org.peersupport.groups.GroupPlaces;
import org.peersupport.groups.GroupSettings;
import org.peersupport.groups.ModerationRules;
import org.peersupport.groups.PeerGroup;
import org.peersupport.groups.PeerGroups;
import org.peersupport.groups.PlaceStatus;
import org.peersupport.groups.WaitingPerson;
import org.peersupport.safety.Alert;
import org.peersupport.safety.Alerts;
import org.peersupport.safety.ModeratorAlerts.Reason;
import org.peersupport.sandbox.BotMessage;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.sandbox.GroupPost;
import org.peersupport.sandbox.SandboxUsers;
import org.peersupport.sandbox.SentUpdate;
import org.peersupport.store.MemoryStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A group's own moderators' chat, held join requests told to it, and the bot's notices
 * deleted after their lifetime, through the emulator: a group with its own moderators'
 * chat gets its reports and alerts there (the configured chat gets none of them), the
 * report buttons act only there, and crisis words quoted there alert nobody; a stranger's
 * held join request is told there once; the welcome is gone from the group after
 * {@code peer.groups.notice-lifetime}.
 */
@SpringBootTest(classes = BotTestApplication.class,
		properties = { "peer.messaging.rate.enabled=false", "peer.moderators.locale=en",
				"peer.groups.notice-lifetime=3s", "peer.groups.notice-check=200ms" })
@MemoryStore
class GroupNoticesEndToEndTests {

	private static final Pattern LINK = Pattern.compile("https://t\\.me/\\+\\S+");

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	/** The groups' owner, an administrator of each chat the emulator makes. */
	static final long OWNER = SandboxUsers.DEFAULT_GROUP_OWNER;

	/** The moderators' chat from configuration. */
	static final long MODERATORS = telegram.emulator().users().createGroup("Moderators");

	static {
		telegram.emulator().users().startedLongAgo(OWNER, "en");
	}

	@Autowired
	MongoOperations mongo;

	@Autowired
	PeerGroups groups;

	@Autowired
	GroupPlaces places;

	@Autowired
	Alerts alerts;

	@DynamicPropertySource
	static void pointAtEmulator(DynamicPropertyRegistry registry) {
		telegram.register(registry);
		registry.add("peer.moderators.chat-id", () -> MODERATORS);
		// the notices are deleted by their Quartz job, as in production
		registry.add("spring.quartz.auto-startup", () -> "true");
	}

	@AfterAll
	static void stopEmulator() {
		telegram.close();
	}

	@AfterEach
	void closeGroups() {
		this.mongo.updateMulti(new Query(), new Update().set("status", "INACTIVE"), PeerGroup.class);
		this.mongo.remove(new Query(), GroupPlace.class);
		this.mongo.remove(new Query(), WaitingPerson.class);
	}

	@Test
	void aGroupsReportsGoToItsOwnModeratorsChatWhereTheButtonsActAndQuotedCrisisWordsAlertNobody() {
		long own = moderatorsChat("Harbour moderators");
		long group = activeGroup("Harbour circle", own);
		member(group, 6101, "Sandpiper");
		long rude = post(group, 6101, GroupPost.text("nobody here is worth anything"));

		post(group, OWNER, GroupPost.text("/report").replyingTo(rude));

		BotMessage card = await().until(() -> first(own, "Report from the group “Harbour circle”."), (m) -> m != null);
		assertThat(first(MODERATORS, "Report from the group “Harbour circle”.")).isNull();
		users().press(OWNER, own, card.messageId(), dataOf(card, "🗑 Delete"));
		await().until(() -> !users().userMessageExists(group, rude));

		post(own, OWNER, GroupPost.text("Someone wrote: I want to kill myself tonight"));
		assertThat(this.alerts.list(null, false, 100)).noneMatch((a) -> a.chatId() == OWNER);

		users().removeBot(group);
		await().until(() -> first(own, "The bot was removed from group " + group) != null);
		assertThat(first(MODERATORS, "The bot was removed from group " + group)).isNull();
	}

	@Test
	void crisisWordsInAGroupAlertItsOwnModeratorsChatWhereTheAlertIsTaken() {
		long own = moderatorsChat("Cove moderators");
		long group = activeGroup("Cove circle", own);
		member(group, 6501, "Gannet");

		post(group, 6501, GroupPost.text("I want to kill myself tonight"));

		BotMessage alert = await().until(() -> first(own, "⚠️ Crisis words"), (m) -> m != null);
		assertThat(first(MODERATORS, "⚠️ Crisis words")).isNull();
		users().press(OWNER, own, alert.messageId(), dataOf(alert, "✋ I take it"));
		await().until(() -> users().callbackAnswers(OWNER)
			.stream()
			.anyMatch((a) -> "You took it. Thank you!".equals(a.text())));
		await().until(() -> first(own, "✅ The alert about") != null);
		assertThat(this.alerts.list(null, false, 100)).filteredOn((a) -> a.chatId() == 6501)
			.singleElement()
			.satisfies((a) -> assertThat(a.takenBy()).isEqualTo("telegram:" + OWNER));
	}

	@Test
	void aGroupWithoutItsOwnChatStillReportsToTheConfiguredOne() {
		long group = activeGroup("Lighthouse circle", null);
		member(group, 6201, "Curlew");
		long rude = post(group, 6201, GroupPost.text("nobody here is worth anything"));

		post(group, OWNER, GroupPost.text("/report").replyingTo(rude));

		await().until(() -> first(MODERATORS, "Report from the group “Lighthouse circle”.") != null);
	}

	@Test
	void eachHeldJoinRequestIsToldToTheGroupsModeratorsOnceAndListedInThePanel() {
		long own = moderatorsChat("Gate moderators");
		long group = activeGroup("Gate circle", own);
		this.groups.setHoldJoinRequests(group, true);
		Person person = new Person(telegram, this.mongo, 6301, "en");
		OnboardingWalk.ENGLISH.complete(person, "Dunlin");
		person.presses("✅ I agree");
		String link = linkSentTo(person);

		users().join(6398, link);
		users().join(6399, link);

		await().until(() -> heldAlerts(own).size() == 2);
		assertThat(heldAlerts(own)).allSatisfy((m) -> assertThat(m.text()).contains("(Gate circle)")
			.contains("Groups → Gate circle")
			.doesNotContain("6398")
			.doesNotContain("6399"));
		assertThat(heldAlerts(MODERATORS)).isEmpty();
		Alert alert = this.alerts.list(null, true, 100)
			.stream()
			.filter((a) -> a.reason() == Reason.JOIN_HELD && a.chatId() == group)
			.findFirst()
			.orElseThrow();
		assertThat(alert.count()).isEqualTo(2);
		assertThat(this.mongo.getCollection("outbox")
			.countDocuments(new Document("origin", new Document("$regex", "^grp-held-alert:" + group + ":"))))
			.isEqualTo(2);
	}

	@Test
	void theWelcomeIsDeletedFromTheGroupAfterTheNoticeLifetime() {
		long group = activeGroup("Dune circle", null);

		member(group, 6401, "Knot");

		await()
			.until(() -> telegram.texts(group).stream().noneMatch((t) -> t.startsWith("Welcome to the group, Knot")));
		assertThat(users().messages(group)).filteredOn((m) -> m.text() != null && m.text().contains("Knot"))
			.allMatch(BotMessage::deleted)
			.isNotEmpty();
		assertThat(this.mongo.count(new Query(), GroupNotice.class)).isZero();
	}

	private List<BotMessage> heldAlerts(long chat) {
		return users().messages(chat).stream().filter((m) -> m.text().startsWith("Someone the bot did not")).toList();
	}

	/** A chat the bot is in that is no peer group (it waits, pending). */
	private long moderatorsChat(String title) {
		long chat = users().createGroup(title);
		await().until(() -> this.groups.find(chat).isPresent());
		return chat;
	}

	private long activeGroup(String title, Long moderatorsChat) {
		long chat = users().createGroup(title);
		await().until(() -> this.groups.find(chat).isPresent());
		assertThat(this.groups.activate(chat,
				new GroupSettings(title, "women-after-prison", "en", 8, "Be kind.", moderatorsChat), "admin"))
			.isPresent();
		assertThat(this.groups.setModeration(chat, new ModerationRules(Map.of("en", List.of("swindle*")), false, false,
				false, 6, 10, 3, 86_400, 3_600, 0)))
			.isPresent();
		return chat;
	}

	private void member(long group, long chatId, String pseudonym) {
		Person person = new Person(telegram, this.mongo, chatId, "en");
		OnboardingWalk.ENGLISH.complete(person, pseudonym);
		person.presses("✅ I agree");
		users().join(chatId, linkSentTo(person));
		await().until(() -> this.places.ofPerson(chatId).map((p) -> p.status() == PlaceStatus.MEMBER).orElse(false));
		await().until(() -> telegram.texts(group).contains("Welcome to the group, " + pseudonym + "!"));
	}

	private String linkSentTo(Person person) {
		String text = await().until(() -> person.texts()
			.stream()
			.filter((t) -> t.startsWith("Here is your link to the group:"))
			.findFirst()
			.orElse(null), (t) -> t != null);
		Matcher matcher = LINK.matcher(text);
		assertThat(matcher.find()).isTrue();
		return matcher.group();
	}

	/** Posts in a chat and waits until the bot handled it and sent what it answered. */
	private long post(long chat, long userId, GroupPost post) {
		SentUpdate sent = users().sendGroupPost(chat, userId, post);
		await().until(() -> handled(sent.updateId()) && nothingWaiting());
		return sent.messageId();
	}

	private boolean handled(long updateId) {
		Document entry = this.mongo.getCollection("inbox").find(new Document("_id", updateId)).first();
		return entry != null && "DONE".equals(entry.getString("state"));
	}

	private boolean nothingWaiting() {
		return this.mongo.getCollection("outbox").countDocuments(new Document("state", "PENDING")) == 0;
	}

	private static BotMessage first(long chat, String start) {
		return users().messages(chat)
			.stream()
			.filter((m) -> m.text() != null && m.text().startsWith(start))
			.findFirst()
			.orElse(null);
	}

	private static String dataOf(BotMessage message, String label) {
		return message.buttons()
			.stream()
			.flatMap(List::stream)
			.filter((b) -> b.text().equals(label))
			.findFirst()
			.orElseThrow()
			.data();
	}

	private static SandboxUsers users() {
		return telegram.emulator().users();
	}

}
