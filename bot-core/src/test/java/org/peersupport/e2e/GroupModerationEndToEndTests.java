package org.peersupport.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
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
import org.peersupport.groups.ModerationRules;
import org.peersupport.groups.PeerGroup;
import org.peersupport.groups.PeerGroups;
import org.peersupport.groups.PlaceStatus;
import org.peersupport.groups.WaitingPerson;
import org.peersupport.participants.PersonRefs;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Moderation of a peer group through the emulator: each rule's breach is deleted and its
 * author warned privately (never in the group), the third warning mutes for a while and
 * never bans; the flood limit; crisis words stay and are answered; {@code /report}
 * reaches the moderators' chat, where the first press acts and a later one hears who did;
 * moderators' commands work for the group's administrators only; a newcomer sends text
 * only on the first day; {@code /mydata} shows warnings and {@code /forget} erases them.
 */
@SpringBootTest(classes = BotTestApplication.class,
		properties = { "peer.messaging.rate.enabled=false", "peer.moderators.locale=en" })
@MemoryStore
class GroupModerationEndToEndTests {

	private static final Pattern LINK = Pattern.compile("https://t\\.me/\\+\\S+");

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	/**
	 * The group's owner (an administrator, so a moderator) and the moderators' chat's.
	 */
	static final long OWNER = SandboxUsers.DEFAULT_GROUP_OWNER;

	static final long SECOND_MODERATOR = 1001;

	static final long MODERATORS = telegram.emulator().users().createGroup("Moderators");

	static {
		joinModerators(SECOND_MODERATOR);
		telegram.emulator().users().startedLongAgo(OWNER, "en");
	}

	/** Rules that let a newcomer post anything from the start (newcomers have a test). */
	static final ModerationRules STRICT = new ModerationRules(Map.of("en", List.of("swindle*")), false, false, false, 6,
			10, 3, 86_400, 3_600, 0);

	@Autowired
	MongoOperations mongo;

	@Autowired
	PeerGroups groups;

	@Autowired
	GroupPlaces places;

	@Autowired
	PersonRefs refs;

	@DynamicPropertySource
	static void pointAtEmulator(DynamicPropertyRegistry registry) {
		telegram.register(registry);
		registry.add("peer.moderators.chat-id", () -> MODERATORS);
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
	void eachBreachIsDeletedAndWarnedPrivatelyTheThirdMutesForAnHourAndForgetErasesTheWarnings() {
		long group = activeGroup("Links circle", STRICT);
		Person member = member(group, 5101, "Otter");

		long link = post(group, 5101, GroupPost.text("Look at https://example.org/offer"));
		await().until(() -> !users().userMessageExists(group, link));
		member.sees("Your message in the group was removed.\nLinks are not allowed in the group.\n"
				+ "Warnings: 1 of 3. At 3 warnings, you cannot write in the group for 1 h.");

		long forwarded = post(group, 5101, GroupPost.text("A post from elsewhere").asForwarded());
		await().until(() -> !users().userMessageExists(group, forwarded));
		member.sees("Your message in the group was removed.\nForwarded posts are not allowed in the group.");

		long photo = post(group, 5101, GroupPost.media("photo"));
		await().until(() -> !users().userMessageExists(group, photo));
		member.sees("Your message in the group was removed.\nOnly text messages are allowed in the group.");
		await().until(() -> "restricted".equals(users().memberStatus(group, 5101)));
		assertThat(member.lastText())
			.endsWith("You cannot write in the group for 1 h. After that, you can write again.");
		long until = users().restrictedUntil(group, 5101);
		assertThat(until).isBetween(Instant.now().plus(Duration.ofMinutes(55)).getEpochSecond(),
				Instant.now().plus(Duration.ofMinutes(61)).getEpochSecond());
		assertThatThrownBy(() -> users().sendGroupText(group, 5101, "hello")).isInstanceOf(IllegalStateException.class);

		// warnings go privately: the group sees none of them, and nobody is banned
		assertThat(telegram.texts(group)).noneMatch((t) -> t.contains("removed") || t.contains("Warnings"));
		assertThat(users().memberStatus(group, 5101)).isNotEqualTo("kicked");
		assertThat(this.mongo.getCollection("group_moderation_log")
			.countDocuments(new Document("chatId", 5101L).append("action", "DELETE"))).isEqualTo(3);

		member.says("/mydata");
		assertThat(String.join("\n", member.texts())).contains("Warning in a support group on ")
			.contains(": Links are not allowed in the group.");
		member.says("/forget");
		member.presses("Yes, erase everything");
		await().until(() -> count("group_conduct", 5101) + count("group_moderation_log", 5101) == 0);
		// the walk of the onboarding test: nothing anywhere names the person but the
		// stored updates' and calls' ids
		Pattern id = Pattern.compile("(?<![0-9a-f])5101(?![0-9a-f])");
		assertThat(everything()).noneMatch((json) -> json.contains("Otter"));
		assertThat(everything()).filteredOn((json) -> id.matcher(json).find())
			.allMatch((json) -> json.startsWith("inbox ") || json.startsWith("outbox "));
	}

	@Test
	void aBannedWordDeletesThePostAndTheFloodLimitDeletesThePostOverIt() {
		long group = activeGroup("Words circle",
				new ModerationRules(Map.of("ru", List.of("развод*")), true, true, true, 3, 60, 5, 86_400, 3_600, 0));
		Person member = member(group, 5201, "Badger");

		long banned = post(group, 5201, GroupPost.text("Это РАЗВОДИЛОВО, не верьте"));
		await().until(() -> !users().userMessageExists(group, banned));
		member.sees("Your message in the group was removed.\nIt had words that are not allowed in the group.");

		long first = post(group, 5201, GroupPost.text("one"));
		long second = post(group, 5201, GroupPost.text("two, see www.example.org"));
		long fourth = post(group, 5201, GroupPost.text("four"));
		await().until(() -> !users().userMessageExists(group, fourth));
		member.sees("Your message in the group was removed.\nThere were too many messages in a short time.");
		// the banned one counted too: one, two and the banned post make three in the
		// minute
		assertThat(users().userMessageExists(group, first)).isTrue();
		assertThat(users().userMessageExists(group, second)).as("links allowed here").isTrue();
	}

	@Test
	void crisisWordsStayInTheGroupAlertTheModeratorsAndSendTheLinesPrivately() {
		long group = activeGroup("Crisis circle",
				new ModerationRules(Map.of("en", List.of("kill*")), false, false, true, 6, 10, 3, 86_400, 3_600, 0));
		Person member = member(group, 5301, "Heron");

		long crisis = post(group, 5301, GroupPost.text("I want to kill myself tonight"));

		await().until(() -> member.texts().stream().anyMatch((t) -> t.contains("call 112")));
		BotMessage alert = await().until(() -> moderators("⚠️ Crisis words"), (m) -> m != null);
		assertThat(alert.text()).contains(this.refs.of(5301)).doesNotContain("kill");
		assertThat(users().userMessageExists(group, crisis)).isTrue();
		assertThat(member.texts()).noneMatch((t) -> t.startsWith("Your message in the group was removed."));
		assertThat(telegram.texts(group)).noneMatch((t) -> t.contains("112"));
	}

	@Test
	void aReportReachesTheModeratorsAndTheFirstPressActsTheOtherHearsWhoDid() {
		long group = activeGroup("Report circle", STRICT);
		Person member = member(group, 5401, "Marten");
		long rude = post(group, 5401, GroupPost.text("nobody here is worth anything"));

		long report = post(group, OWNER, GroupPost.text("/report").replyingTo(rude));

		BotMessage card = await().until(() -> moderators("Report from the group “Report circle”."), (m) -> m != null);
		assertThat(card.text()).contains("nobody here is worth anything")
			.contains("Author of the message: " + this.refs.of(5401))
			.doesNotContain("Marten");
		assertThat(card.buttons().get(0)).extracting(BotMessage.Button::text)
			.containsExactly("🗑 Delete", "⚠️ Warn", "🔇 Mute");
		await().until(() -> !users().userMessageExists(group, report));
		await().until(() -> telegram.texts(OWNER)
			.contains("Thank you. The moderators got your report and will look at the message."));

		users().press(OWNER, MODERATORS, card.messageId(), dataOf(card, "🗑 Delete"));
		await().until(() -> !users().userMessageExists(group, rude));
		users().press(SECOND_MODERATOR, MODERATORS, card.messageId(), dataOf(card, "⛔ Ban"));
		await().until(() -> users().callbackAnswers(SECOND_MODERATOR)
			.stream()
			.anyMatch((a) -> "Already decided by telegram:1000: message deleted.".equals(a.text())));
		assertThat(users().memberStatus(group, 5401)).isEqualTo("member");
		await().until(() -> moderatorsById(card.messageId()).text()
			.equals("Report from the group “Report circle”: message deleted by telegram:1000."));
		assertThat(moderatorsById(card.messageId()).buttons()).isEmpty();
		assertThat(member.texts()).noneMatch((t) -> t.contains("Warnings"));
		assertThat(this.mongo.getCollection("group_moderation_log")
			.countDocuments(new Document("chatId", 5401L).append("by", "telegram:1000")
				.append("cause", "report")
				.append("action", "DELETE")))
			.isEqualTo(1);
	}

	@Test
	void moderatorsCommandsWorkOnlyForTheGroupsAdministrators() {
		long group = activeGroup("Commands circle", STRICT);
		Person member = member(group, 5501, "Stoat");
		long ownersPost = post(group, OWNER, GroupPost.text("Welcome, everyone"));
		long membersPost = post(group, 5501, GroupPost.text("hello all"));

		post(group, 5501, GroupPost.text("/ban").replyingTo(ownersPost));
		member.sees("Only the group’s moderators can use this command.");
		assertThat(users().memberStatus(group, OWNER)).isEqualTo("creator");

		post(group, OWNER, GroupPost.text("/mute 2h").replyingTo(membersPost));
		await().until(() -> "restricted".equals(users().memberStatus(group, 5501)));
		assertThat(users().restrictedUntil(group, 5501))
			.isGreaterThan(Instant.now().plus(Duration.ofMinutes(115)).getEpochSecond());
		member.sees("A moderator of the group paused your messages. You cannot write in the group for 2 h.");

		post(group, OWNER, GroupPost.text("/warn").replyingTo(membersPost));
		member.sees("A moderator of the group asks you to keep to its rules.\nPlease keep to the group’s rules.\n"
				+ "Warnings: 1 of 3.");

		post(group, OWNER, GroupPost.text("/rules").replyingTo(membersPost));
		member.sees("A moderator of the group asks you to read its rules again:\n\nBe kind.");

		post(group, OWNER, GroupPost.text("/ban").replyingTo(membersPost));
		await().until(() -> "kicked".equals(users().memberStatus(group, 5501)));
		member.sees("A moderator removed you from the group.");
		await().until(() -> this.places.ofPerson(5501).isEmpty());

		post(group, OWNER, GroupPost.text("/unban").replyingTo(membersPost));
		await().until(() -> "left".equals(users().memberStatus(group, 5501)));
		member.sees("A moderator lifted your ban. Want a group again? Send /group.");
		assertThat(telegram.texts(group)).isEqualTo(List.of("Welcome to the group, Stoat!"));
	}

	@Test
	void aNewcomerSendsTextOnlyOnTheFirstDayAndHearsSoPrivately() {
		long group = activeGroup("Newcomers circle", ModerationRules.DEFAULTS);
		Person member = member(group, 5601, "Vole");

		await().until(() -> "restricted".equals(users().memberStatus(group, 5601)));
		assertThat(users().restrictedUntil(group, 5601)).isBetween(
				Instant.now().plus(Duration.ofHours(23)).getEpochSecond(),
				Instant.now().plus(Duration.ofHours(25)).getEpochSecond());
		member.sees("Welcome! For your first 24 h in the group, you can send text messages.");
		long text = post(group, 5601, GroupPost.text("Hello, glad to be here"));
		assertThat(users().userMessageExists(group, text)).isTrue();
		assertThatThrownBy(() -> users().sendGroupPost(group, 5601, GroupPost.media("photo")))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void membersSeeReportAndAdministratorsSeeTheModeratorsCommandsInTelegramsLists() throws Exception {
		await().until(() -> myCommands("all_chat_administrators", "ru").contains("\"command\":\"warn\""));
		assertThat(myCommands("all_chat_administrators", "ru")).contains("\"command\":\"report\"")
			.contains("\"command\":\"mute\"")
			.contains("Предупредить автора сообщения");
		assertThat(myCommands("all_group_chats", "")).contains("\"command\":\"report\"")
			.doesNotContain("\"command\":\"warn\"")
			.doesNotContain("\"command\":\"ban\"");
		assertThat(myCommands(null, "")).doesNotContain("\"command\":\"report\"");
	}

	/** getMyCommands for a scope (null: the default, private chats) and a language. */
	private static String myCommands(String scope, String language) throws Exception {
		URI uri = URI.create(telegram.emulator().baseUrl() + "/bot" + EmulatorFixture.TOKEN + "/getMyCommands");
		List<String> fields = new java.util.ArrayList<>();
		if (scope != null) {
			fields.add("\"scope\":{\"type\":\"" + scope + "\"}");
		}
		if (!language.isEmpty()) {
			fields.add("\"language_code\":\"" + language + "\"");
		}
		HttpRequest request = HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{" + String.join(",", fields) + "}"))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

	private long activeGroup(String title, ModerationRules rules) {
		long chat = users().createGroup(title);
		await().until(() -> this.groups.find(chat).isPresent());
		assertThat(this.groups.activate(chat, new GroupSettings(title, "women-after-prison", "en", 8, "Be kind."),
				"admin"))
			.isPresent();
		assertThat(this.groups.setModeration(chat, rules)).isPresent();
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

	/**
	 * Posts in the group and waits until the bot handled it and sent what it answered.
	 */
	private long post(long group, long userId, GroupPost post) {
		SentUpdate sent = users().sendGroupPost(group, userId, post);
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

	/** Every document of every collection, as JSON. */
	private List<String> everything() {
		List<String> all = new java.util.ArrayList<>();
		for (String name : this.mongo.getCollectionNames()) {
			this.mongo.getCollection(name).find().forEach((document) -> all.add(name + " " + document.toJson()));
		}
		return all;
	}

	private long count(String collection, long chatId) {
		return this.mongo.getCollection(collection).countDocuments(new Document("chatId", chatId));
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

	private static BotMessage moderators(String start) {
		return users().messages(MODERATORS).stream().filter((m) -> m.text().startsWith(start)).findFirst().orElse(null);
	}

	private static BotMessage moderatorsById(long messageId) {
		return users().messages(MODERATORS)
			.stream()
			.filter((m) -> m.messageId() == messageId)
			.findFirst()
			.orElseThrow();
	}

	private static SandboxUsers users() {
		return telegram.emulator().users();
	}

	private static void joinModerators(long userId) {
		try {
			URI uri = URI
				.create(telegram.emulator().baseUrl() + "/bot" + EmulatorFixture.TOKEN + "/createChatInviteLink");
			HttpRequest request = HttpRequest.newBuilder(uri)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"chat_id\":" + MODERATORS + "}"))
				.build();
			String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
			Matcher link = Pattern.compile("\"invite_link\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
			if (!link.find()) {
				throw new IllegalStateException("No invite link in " + body);
			}
			telegram.emulator().users().join(userId, link.group(1).replace("\\/", "/"));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
