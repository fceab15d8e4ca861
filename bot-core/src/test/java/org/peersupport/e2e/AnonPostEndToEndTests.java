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
import static org.awaitility.Awaitility.await;

/**
 * {@code /anon} through the emulator: a member's text is posted in their group by the bot
 * under their pseudonym, never their Telegram name; the group's rules (links, banned
 * words, the flood limit) keep a post out, tell the person the rule and audit it; crisis
 * words are not posted and are answered as a crisis; a muted member posts nothing; a
 * person without a group, or a command without text, gets a short answer.
 */
@SpringBootTest(classes = BotTestApplication.class,
		properties = { "peer.messaging.rate.enabled=false", "peer.moderators.locale=en" })
@MemoryStore
class AnonPostEndToEndTests {

	private static final Pattern LINK = Pattern.compile("https://t\\.me/\\+\\S+");

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	static final long OWNER = SandboxUsers.DEFAULT_GROUP_OWNER;

	static final long MODERATORS = telegram.emulator().users().createGroup("Moderators");

	/** No links, no forwards, "swindle…" banned, at most 3 posts in a minute. */
	static final ModerationRules RULES = new ModerationRules(Map.of("en", List.of("swindle*")), false, false, true, 3,
			60, 3, 86_400, 3_600, 0);

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
	void aMembersTextIsPostedInTheGroupUnderThePseudonymAndNeverTheTelegramName() {
		long group = activeGroup("Anon circle");
		Person member = member(group, 5701, "Quiet Heron");

		member.says("/anon I had a hard week, but I am still here.");

		await().until(() -> telegram.texts(group)
			.contains("Quiet Heron writes through the bot:\n\nI had a hard week, but I am still here."));
		member.sees("Your message goes to the group under the name Quiet Heron.");
		assertThat(String.join("\n", telegram.texts(group))).doesNotContain("User 5701");
		// the bot posted it: nobody in the group sees who sent it from Telegram
		BotMessage posted = users().messages(group)
			.stream()
			.filter((m) -> m.text().startsWith("Quiet Heron writes"))
			.findFirst()
			.orElseThrow();
		assertThat(posted.text()).doesNotContain("5701");
		assertThat(logOf(5701)).isEmpty();
	}

	@Test
	void theGroupsRulesKeepAPostOutTellTheRuleAndAuditIt() {
		long group = activeGroup("Rules circle");
		Person member = member(group, 5702, "Badger");

		member.says("/anon look at https://example.org/offer");
		member.sees("Your message was not posted in the group.\nLinks are not allowed in the group.");
		member.says("/anon this is a SWINDLER, careful");
		member.sees("Your message was not posted in the group.\nIt had words that are not allowed in the group.");
		// the two refused posts and this one make three in the minute; the fourth is over
		member.says("/anon hello all");
		member.sees("Your message goes to the group");
		member.says("/anon hello again");
		member.sees("Your message was not posted in the group.\nThere were too many messages in a short time.");

		assertThat(telegram.texts(group)).containsExactly("Welcome to the group, Badger!",
				"Badger writes through the bot:\n\nhello all");
		assertThat(logOf(5702)).extracting((d) -> d.getString("breach"))
			.containsExactlyInAnyOrder("LINKS", "BANNED_WORDS", "FLOOD");
		assertThat(logOf(5702)).allMatch((d) -> "REFUSE".equals(d.getString("action"))
				&& "bot".equals(d.getString("by")) && "anon".equals(d.getString("cause")));
		// refused, not warned: nothing reached the group
		assertThat(member.texts()).noneMatch((t) -> t.contains("Warnings"));
	}

	@Test
	void crisisWordsAreNotPostedTheyAreAnsweredPrivatelyAndTheModeratorsAlerted() {
		long group = activeGroup("Crisis circle");
		Person member = member(group, 5703, "Heron");

		member.says("/anon I want to kill myself tonight");

		await().until(() -> member.texts().stream().anyMatch((t) -> t.contains("call 112")));
		await().until(() -> telegram.texts(MODERATORS).stream().anyMatch((t) -> t.startsWith("⚠️ Crisis words")));
		assertThat(telegram.texts(MODERATORS)).filteredOn((t) -> t.startsWith("⚠️ Crisis words"))
			.allMatch((t) -> t.contains(this.refs.of(5703)) && !t.contains("kill"));
		assertThat(telegram.texts(group)).containsExactly("Welcome to the group, Heron!");
		assertThat(member.texts()).noneMatch((t) -> t.startsWith("Your message goes to the group"));
	}

	@Test
	void aMutedMemberPostsNothingUntilTheMuteEnds() {
		long group = activeGroup("Mute circle");
		Person member = member(group, 5704, "Stoat");
		long said = post(group, 5704, GroupPost.text("hello all"));
		post(group, OWNER, GroupPost.text("/mute 2h").replyingTo(said));
		member.sees("A moderator of the group paused your messages.");

		member.says("/anon am I still here?");

		member.sees("You cannot write in the group right now. Your message was not posted.");
		assertThat(telegram.texts(group)).noneMatch((t) -> t.contains("am I still here"));
	}

	@Test
	void aPersonWithoutAGroupAndACommandWithoutTextGetAShortAnswer() {
		long group = activeGroup("Empty circle");
		Person member = member(group, 5705, "Vole");
		member.says("/anon");
		member.sees("Write your message after the command, for example:\n/anon Hello, everyone!");

		Person stranger = new Person(telegram, this.mongo, 5706, "ru");
		stranger.says("/anon привет");
		stranger.sees("Через /anon можно писать только в свою группу поддержки, а сейчас вы не в группе.");

		member.says("/group");
		member.presses("🚪 Leave the group");
		member.says("/anon still there?");
		member.sees("With /anon you can write only in your support group, and you are not in one now.");
		assertThat(telegram.texts(group)).containsExactly("Welcome to the group, Vole!");
	}

	@Test
	void anonIsInTheParticipantsCommandLists() throws Exception {
		await().until(() -> myCommands("en").contains("\"command\":\"anon\""));
		assertThat(myCommands("ru")).contains("Написать в группу без имени из Telegram");
		Person person = new Person(telegram, this.mongo, 5707, "en");
		person.says("/help");
		assertThat(String.join("\n", person.texts())).contains("/anon");
	}

	/** getMyCommands for private chats (the default scope) in a language. */
	private static String myCommands(String language) throws Exception {
		java.net.URI uri = java.net.URI
			.create(telegram.emulator().baseUrl() + "/bot" + EmulatorFixture.TOKEN + "/getMyCommands");
		java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"language_code\":\"" + language + "\"}"))
			.build();
		return java.net.http.HttpClient.newHttpClient()
			.send(request, java.net.http.HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private List<Document> logOf(long chatId) {
		return this.mongo.getCollection("group_moderation_log")
			.find(new Document("chatId", chatId))
			.into(new java.util.ArrayList<>());
	}

	private long activeGroup(String title) {
		long chat = users().createGroup(title);
		await().until(() -> this.groups.find(chat).isPresent());
		assertThat(this.groups.activate(chat, new GroupSettings(title, "women-after-prison", "en", 8, "Be kind."),
				"admin"))
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

	private static SandboxUsers users() {
		return telegram.emulator().users();
	}

}
