package org.peersupport.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.groups.GroupPlace;
import org.peersupport.groups.GroupPlaces;
import org.peersupport.groups.GroupSettings;
import org.peersupport.groups.GroupStep;
import org.peersupport.groups.ModerationRules;
import org.peersupport.groups.PeerGroup;
import org.peersupport.groups.PeerGroups;
import org.peersupport.groups.Placement;
import org.peersupport.groups.PlaceStatus;
import org.peersupport.groups.WaitingPerson;
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
 * Bans made in Telegram itself, through the emulator: an administrator's ban (a
 * {@code chat_member} update to kicked from someone other than the bot) is kept as a
 * group ban, so placement skips the group, and in the moderation log; lifting it in
 * Telegram lifts it; the bot's own bans and removals are kept once, where the bot made
 * them. A group that becomes a supergroup takes its moderation log, bans and members'
 * conduct to the new id.
 */
@SpringBootTest(classes = BotTestApplication.class,
		properties = { "peer.messaging.rate.enabled=false", "peer.moderators.locale=en" })
@MemoryStore
class TelegramBansEndToEndTests {

	private static final Pattern LINK = Pattern.compile("https://t\\.me/\\+\\S+");

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	static final long OWNER = SandboxUsers.DEFAULT_GROUP_OWNER;

	static final ModerationRules RULES = new ModerationRules(Map.of(), false, true, true, 6, 10, 3, 86_400, 3_600, 0);

	@Autowired
	MongoOperations mongo;

	@Autowired
	PeerGroups groups;

	@Autowired
	GroupPlaces places;

	@Autowired
	Placement placement;

	@DynamicPropertySource
	static void pointAtEmulator(DynamicPropertyRegistry registry) {
		telegram.register(registry);
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
	void anAdministratorsBanInTelegramIsKeptAndPlacementSkipsTheGroupUntilItIsLiftedThere() {
		long group = activeGroup("Telegram circle", 8, "supergroup");
		Person member = member(group, 5801, "Crow");

		settle(users().banByAdmin(group, OWNER, 5801));

		assertThat(users().memberStatus(group, 5801)).isEqualTo("kicked");
		assertThat(this.placement.isBanned(group, 5801)).isTrue();
		assertThat(this.places.ofPerson(5801)).isEmpty();
		assertThat(this.places.history(5801)).extracting(GroupStep::kind).endsWith(GroupStep.Kind.BANNED);
		member.sees("A moderator removed you from the group. You cannot go back to this group.");
		assertThat(logOf(5801)).singleElement()
			.satisfies((entry) -> assertThat(entry).containsEntry("action", "BAN")
				.containsEntry("by", "telegram:" + OWNER)
				.containsEntry("cause", "telegram")
				.containsEntry("groupChatId", group));
		// the only group of the programme banned them: they wait, and are not offered it
		member.says("/group");
		member.presses("Find me a group");
		member.sees("There is no free place in a support group right now.");
		assertThat(this.places.ofPerson(5801)).isEmpty();

		settle(users().unbanByAdmin(group, OWNER, 5801));

		assertThat(this.placement.isBanned(group, 5801)).isFalse();
		await().until(() -> member.texts().contains("A moderator lifted your ban. Want a group again? Send /group."));
		assertThat(logOf(5801)).filteredOn((entry) -> "UNBAN".equals(entry.getString("action")))
			.singleElement()
			.satisfies((entry) -> assertThat(entry).containsEntry("by", "telegram:" + OWNER)
				.containsEntry("cause", "telegram"));
	}

	@Test
	void theBotsOwnBanAndRemovalAreKeptOnceWhereTheBotMadeThem() {
		long group = activeGroup("Command circle", 8, "supergroup");
		Person banned = member(group, 5811, "Rook");
		Person leaving = member(group, 5812, "Jay");
		long said = post(group, 5811, GroupPost.text("hello"));

		post(group, OWNER, GroupPost.text("/ban").replyingTo(said));
		await().until(() -> "kicked".equals(users().memberStatus(group, 5811)));
		banned.sees("A moderator removed you from the group.");
		// the person who leaves is removed by the bot (a ban and an unban in Telegram)
		leaving.says("/group");
		leaving.presses("🚪 Leave the group");
		await().until(() -> "left".equals(users().memberStatus(group, 5812)));
		// a chat's updates are handled in order: this post comes after the bot's own
		post(group, OWNER, GroupPost.text("Thanks, everyone"));

		assertThat(logOf(5811)).extracting((entry) -> entry.getString("action")).containsExactly("BAN");
		assertThat(banned.texts()).filteredOn((t) -> t.startsWith("A moderator removed you")).hasSize(1);
		assertThat(logOf(5812)).isEmpty();
		assertThat(this.placement.isBanned(group, 5812)).isFalse();
		assertThat(this.mongo.getCollection("inbox")
			.countDocuments(new Document("event.kind", "MEMBER_STATUS").append("chatId", group)))
			.as("the bot's own calls come back as chat_member updates and are left out")
			.isZero();
	}

	@Test
	void aSupergroupMigrationTakesTheModerationLogBansAndConductToTheNewId() {
		long group = activeGroup("Old circle", 8, "group");
		Person member = member(group, 5821, "Wren");
		Person other = member(group, 5822, "Finch");
		long link = post(group, 5821, GroupPost.text("see https://example.org"));
		await().until(() -> !users().userMessageExists(group, link));
		member.sees("Your message in the group was removed.");
		settle(users().banByAdmin(group, OWNER, 5822));
		await().until(() -> this.placement.isBanned(group, 5822));

		long supergroup = users().migrate(group);

		// the log moves first, the members' conduct after it in the same handler
		await().until(() -> this.groups.find(supergroup).isPresent() && logIn(group).isEmpty()
				&& this.mongo.getCollection("group_conduct").countDocuments(new Document("groupChatId", group)) == 0);
		assertThat(logIn(supergroup)).extracting((entry) -> entry.getString("action"))
			.containsExactlyInAnyOrder("DELETE", "WARN", "BAN");
		assertThat(this.placement.isBanned(supergroup, 5822)).isTrue();
		assertThat(this.placement.isBanned(group, 5822)).isFalse();
		assertThat(this.places.ofPerson(5821).orElseThrow().groupChatId()).isEqualTo(supergroup);
		assertThat(this.places.history(5821))
			.allMatch((step) -> step.groupChatId() == null || step.groupChatId() == supergroup);
		Document conduct = this.mongo.getCollection("group_conduct").find(new Document("chatId", 5821L)).first();
		assertThat(conduct).isNotNull();
		assertThat(conduct.getString("_id")).isEqualTo(supergroup + ":5821");
		assertThat(conduct.getList("warnings", Document.class)).hasSize(1);
		assertThat(other.texts()).contains("A moderator removed you from the group. You cannot go back to this group.");
	}

	private List<Document> logOf(long chatId) {
		return this.mongo.getCollection("group_moderation_log")
			.find(new Document("chatId", chatId))
			.into(new java.util.ArrayList<>());
	}

	private List<Document> logIn(long groupChatId) {
		return this.mongo.getCollection("group_moderation_log")
			.find(new Document("groupChatId", groupChatId))
			.into(new java.util.ArrayList<>());
	}

	private long activeGroup(String title, int capacity, String type) {
		long chat = users().createGroup(title, "group".equals(type) ? "group" : "supergroup", OWNER);
		await().until(() -> this.groups.find(chat).isPresent());
		assertThat(this.groups.activate(chat,
				new GroupSettings(title, "women-after-prison", "en", capacity, "Be kind."), "admin"))
			.isPresent();
		assertThat(this.groups.setModeration(chat, RULES)).isPresent();
		return chat;
	}

	private Person member(long group, long chatId, String pseudonym) {
		Person person = new Person(telegram, this.mongo, chatId, "en");
		OnboardingWalk.ENGLISH.complete(person, pseudonym);
		person.presses("✅ I agree");
		String text = await().until(() -> person.texts()
			.stream()
			.filter((t) -> t.startsWith("Here is your link to the group:"))
			.findFirst()
			.orElse(null), (t) -> t != null);
		Matcher link = LINK.matcher(text);
		assertThat(link.find()).isTrue();
		users().join(chatId, link.group());
		await().until(() -> this.places.ofPerson(chatId).map((p) -> p.status() == PlaceStatus.MEMBER).orElse(false));
		await().until(() -> telegram.texts(group).contains("Welcome to the group, " + pseudonym + "!"));
		return person;
	}

	private long post(long group, long userId, GroupPost post) {
		SentUpdate sent = users().sendGroupPost(group, userId, post);
		settle(sent);
		return sent.messageId();
	}

	private void settle(SentUpdate sent) {
		assertThat(sent.updateId()).as("the bot asks for chat_member updates").isPositive();
		await().atMost(Duration.ofSeconds(20)).until(() -> handled(sent.updateId()) && nothingWaiting());
	}

	private boolean handled(long updateId) {
		Document entry = this.mongo.getCollection("inbox").find(new Document("_id", updateId)).first();
		return entry != null && "DONE".equals(entry.getString("state"));
	}

	private boolean nothingWaiting() {
		return this.mongo.getCollection("outbox").countDocuments(new Document("state", "PENDING")) == 0;
	}

	private static SandboxUsers users() {
		return telegram.emulator().users();
	}

}
