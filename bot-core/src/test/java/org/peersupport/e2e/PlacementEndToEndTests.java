package org.peersupport.e2e;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.groups.GroupPlace;
import org.peersupport.groups.GroupPlaces;
import org.peersupport.groups.GroupSettings;
import org.peersupport.groups.HeldJoinRequest;
import org.peersupport.groups.HeldJoinRequests;
import org.peersupport.groups.PeerGroup;
import org.peersupport.groups.PeerGroups;
import org.peersupport.groups.GroupStep;
import org.peersupport.groups.Placement;
import org.peersupport.groups.PlaceStatus;
import org.peersupport.groups.WaitingPerson;
import org.peersupport.sandbox.SandboxUsers;
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
 * Placement through the emulator: an onboarded participant gets the rules of a group of
 * their programme and language, agrees, gets a personal invite link, asks to join, is
 * approved and welcomed by pseudonym; a stranger's request is declined; a full group puts
 * the next person on the waiting list, and a place freed (a member leaves, more capacity)
 * goes to the longest waiting who is not banned from the group; a group may hold
 * strangers' requests for a moderator.
 */
@SpringBootTest(classes = BotTestApplication.class, properties = "peer.messaging.rate.enabled=false")
@MemoryStore
class PlacementEndToEndTests {

	private static final Pattern LINK = Pattern.compile("https://t\\.me/\\+\\S+");

	static final EmulatorFixture telegram = EmulatorFixture.start();

	@Autowired
	MongoOperations mongo;

	@Autowired
	PeerGroups groups;

	@Autowired
	GroupPlaces places;

	@Autowired
	Placement placement;

	@Autowired
	HeldJoinRequests held;

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
		// each test's groups take nobody from the next test
		this.mongo.updateMulti(new Query(), new Update().set("status", "INACTIVE"), PeerGroup.class);
		this.mongo.remove(new Query(), GroupPlace.class);
		this.mongo.remove(new Query(), WaitingPerson.class);
	}

	@Test
	void anOnboardedParticipantAgreesToTheRulesAsksToJoinAndIsWelcomedByPseudonym() {
		long group = activeGroup("Tuesday circle", 8, "Be kind. What is said here stays here.");
		Person person = new Person(telegram, this.mongo, 3001, "en");

		OnboardingWalk.ENGLISH.complete(person, "Secret Fox");

		// before agreeing, the person reads what other members will see of them
		assertThat(person.texts()).anyMatch((t) -> t.startsWith("There is a place for you in a support group.")
				&& t.contains("Be kind. What is said here stays here.")
				&& t.contains("other members see your Telegram name and photo")
				&& t.contains("You can change your name in Telegram’s settings before you join."));
		assertThat(person.texts()).noneMatch((t) -> LINK.matcher(t).find());
		person.presses("✅ I agree");
		String link = linkSentTo(person);
		assertThat(this.places.ofPerson(3001).orElseThrow().status()).isEqualTo(PlaceStatus.AGREED);

		users().join(3001, link);

		await().until(() -> inGroup(group, 3001));
		// a newcomer sends text only on the first day
		assertThat(users().memberStatus(group, 3001)).isEqualTo("restricted");
		await().until(() -> telegram.texts(group).contains("Welcome to the group, Secret Fox!"));
		assertThat(String.join("\n", telegram.texts(group))).doesNotContain("User 3001");
		await().until(() -> this.places.ofPerson(3001).orElseThrow().status() == PlaceStatus.MEMBER);
	}

	@Test
	void aStrangersJoinRequestIsDeclinedEvenWithAPlacedPersonsLink() {
		long group = activeGroup("Wednesday circle", 8, "Be kind.");
		Person person = new Person(telegram, this.mongo, 3101, "en");
		OnboardingWalk.ENGLISH.complete(person, "Owl");
		person.presses("✅ I agree");
		String link = linkSentTo(person);

		users().join(3199, link);

		await().until(() -> declined(group, 3199));
		assertThat(inGroup(group, 3199)).isFalse();
		assertThat(telegram.texts(group)).noneMatch((t) -> t.startsWith("Welcome"));
	}

	@Test
	void aFullGroupPutsTheNextOnTheWaitingListAndALeaveLetsTheLongestWaitingIn() {
		long group = activeGroup("Thursday circle", 1, "Be kind.");
		Person first = new Person(telegram, this.mongo, 3201, "en");
		OnboardingWalk.ENGLISH.complete(first, "Heron");
		first.presses("✅ I agree");
		users().join(3201, linkSentTo(first));
		await().until(() -> inGroup(group, 3201));

		Person second = new Person(telegram, this.mongo, 3202, "en");
		OnboardingWalk.ENGLISH.complete(second, "Lark");
		Person third = new Person(telegram, this.mongo, 3203, "en");
		OnboardingWalk.ENGLISH.complete(third, "Wren");
		assertThat(second.texts())
			.anyMatch((t) -> t.startsWith("There is no free place in a support group right now."));
		assertThat(third.texts()).anyMatch((t) -> t.startsWith("There is no free place in a support group right now."));
		second.says("/group");
		second.sees("You are on the waiting list for a support group. Your number in the line: 1.");
		third.says("/group");
		third.sees("You are on the waiting list for a support group. Your number in the line: 2.");

		first.says("/group");
		first.sees("You are in a support group.");
		first.presses("🚪 Leave the group");

		await().until(() -> !inGroup(group, 3201));
		second.sees("There is a place for you in a support group.");
		assertThat(third.texts()).noneMatch((t) -> t.startsWith("There is a place for you"));
		second.presses("✅ I agree");
		users().join(3202, linkSentTo(second));
		await().until(() -> telegram.texts(group).contains("Welcome to the group, Lark!"));
		assertThat(this.places.waitingFor("women-after-prison", "en")).extracting(WaitingPerson::chatId)
			.containsExactly(3203L);
	}

	@Test
	void aMemberWhoLeavesInTelegramFreesThePlaceForTheLongestWaiting() {
		long group = activeGroup("Sunday circle", 1, "Be kind.");
		Person first = new Person(telegram, this.mongo, 3401, "en");
		OnboardingWalk.ENGLISH.complete(first, "Swift");
		first.presses("✅ I agree");
		users().join(3401, linkSentTo(first));
		await().until(() -> this.places.ofPerson(3401).map((p) -> p.status() == PlaceStatus.MEMBER).orElse(false));
		Person second = new Person(telegram, this.mongo, 3402, "en");
		OnboardingWalk.ENGLISH.complete(second, "Kite");
		assertThat(second.texts()).anyMatch((t) -> t.startsWith("There is no free place"));

		users().leaveGroup(group, 3401);

		second.sees("There is a place for you in a support group.");
		assertThat(this.places.ofPerson(3401)).isEmpty();
	}

	@Test
	void myDataShowsTheGroupAndForgetRemovesThePersonFromItAndGivesThePlaceOn() {
		long group = activeGroup("Monday circle", 1, "Be kind.");
		Person first = new Person(telegram, this.mongo, 3501, "en");
		OnboardingWalk.ENGLISH.complete(first, "Dove");
		first.presses("✅ I agree");
		users().join(3501, linkSentTo(first));
		await().until(() -> this.places.ofPerson(3501).map((p) -> p.status() == PlaceStatus.MEMBER).orElse(false));
		Person second = new Person(telegram, this.mongo, 3502, "en");
		OnboardingWalk.ENGLISH.complete(second, "Jay");

		first.says("/mydata");
		assertThat(String.join("\n", first.texts())).contains("Support group: you are a member since ")
			.contains("What we keep about your way through the groups:")
			.contains(": you joined the waiting list.", ": a place in a group was kept for you.",
					": you agreed to the rules of the group.", ": you joined the group.");
		assertThat(this.places.history(3501)).extracting(GroupStep::kind)
			.containsExactly(GroupStep.Kind.WAITING, GroupStep.Kind.PLACED, GroupStep.Kind.AGREED,
					GroupStep.Kind.JOINED);
		first.says("/forget");
		assertThat(first.lastText()).contains("If you are in a support group, the bot also removes you from it.");
		first.presses("Yes, erase everything");

		await().until(() -> !inGroup(group, 3501));
		second.sees("There is a place for you in a support group.");
		assertThat(this.places.ofPerson(3501)).isEmpty();
		assertThat(this.places.waiting(3501)).isEmpty();
		assertThat(this.places.history(3501)).isEmpty();
		assertThat(this.places.history(3502)).extracting(GroupStep::kind)
			.containsExactly(GroupStep.Kind.WAITING, GroupStep.Kind.PLACED);
	}

	@Test
	void aPersonBannedFromAGroupIsNotOfferedItAgainUntilTheBanIsLifted() {
		long group = activeGroup("Banned circle", 1, "Be kind.");
		Person banned = new Person(telegram, this.mongo, 3601, "en");
		OnboardingWalk.ENGLISH.complete(banned, "Crow");
		banned.presses("✅ I agree");
		users().join(3601, linkSentTo(banned));
		await().until(() -> this.places.ofPerson(3601).map((p) -> p.status() == PlaceStatus.MEMBER).orElse(false));

		// what /ban in the group does to the placement (GroupModerationEndToEndTests)
		this.placement.banned(group, 3601);
		banned.says("/group");
		banned.sees("You are not in a support group now.");
		banned.presses("Find me a group");
		banned.sees("There is no free place in a support group right now.");
		assertThat(this.places.ofPerson(3601)).isEmpty();

		// the free place goes to the next, though the banned person waits longer
		Person next = new Person(telegram, this.mongo, 3602, "en");
		OnboardingWalk.ENGLISH.complete(next, "Rook");
		assertThat(next.texts()).anyMatch((t) -> t.startsWith("There is a place for you in a support group."));
		// more places: still not for the banned person
		this.groups.activate(group, new GroupSettings("Banned circle", "women-after-prison", "en", 3, "Be kind."),
				"admin");
		assertThat(this.places.ofPerson(3601)).isEmpty();
		assertThat(this.places.waiting(3601)).isPresent();

		this.placement.unbanned(group, 3601);
		this.groups.activate(group, new GroupSettings("Banned circle", "women-after-prison", "en", 3, "Be kind."),
				"admin");
		banned.sees("There is a place for you in a support group.");
		assertThat(this.places.ofPerson(3601).orElseThrow().groupChatId()).isEqualTo(group);
	}

	@Test
	void aGroupThatHoldsStrangersRequestsKeepsThemForAModeratorWhoApproves() {
		long group = activeGroup("Open door circle", 8, "Be kind.");
		this.groups.setHoldJoinRequests(group, true);
		Person person = new Person(telegram, this.mongo, 3701, "en");
		OnboardingWalk.ENGLISH.complete(person, "Wagtail");
		person.presses("✅ I agree");
		String link = linkSentTo(person);

		users().join(3799, link);

		await().until(() -> this.held.inGroup(group).size() == 1);
		assertThat(this.held.inGroup(group)).extracting(HeldJoinRequest::chatId).containsExactly(3799L);
		assertThat(declined(group, 3799)).isFalse();
		assertThat(this.held.approve(group, 3799)).isTrue();
		assertThat(this.held.approve(group, 3799)).as("decided once").isFalse();
		await().until(() -> inGroup(group, 3799));
		assertThat(this.held.inGroup(group)).isEmpty();
		assertThat(telegram.texts(group)).noneMatch((t) -> t.startsWith("Welcome"));
		assertThat(users().messages(3799)).isEmpty();
	}

	@Test
	void aBannedPersonsRequestIsDeclinedEvenWhereRequestsAreHeld() {
		long group = activeGroup("Closed door circle", 8, "Be kind.");
		this.groups.setHoldJoinRequests(group, true);
		Person person = new Person(telegram, this.mongo, 3801, "en");
		OnboardingWalk.ENGLISH.complete(person, "Plover");
		person.presses("✅ I agree");
		String link = linkSentTo(person);
		this.placement.banned(group, 3898);

		users().join(3898, link);

		await().until(() -> declined(group, 3898));
		assertThat(this.held.inGroup(group)).isEmpty();
	}

	@Test
	void aMemberWhoAsksToChangeGroupMovesToAnotherWithANewLinkOrStaysWhenNoneIsFree() {
		long blue = activeGroup("Blue circle", 2, "Be kind.");
		Person person = new Person(telegram, this.mongo, 3901, "en");
		OnboardingWalk.ENGLISH.complete(person, "Tern");
		person.presses("✅ I agree");
		String oldLink = linkSentTo(person);
		users().join(3901, oldLink);
		await().until(() -> this.places.ofPerson(3901).map((p) -> p.status() == PlaceStatus.MEMBER).orElse(false));

		person.says("/group");
		person.presses("🔄 Change group");
		person.sees("No other group has a free place now. You stay in your group.");
		assertThat(this.places.ofPerson(3901).orElseThrow().groupChatId()).isEqualTo(blue);

		long green = activeGroup("Green circle", 2, "Listen first.");
		person.says("/group");
		person.presses("🔄 Change group");

		await().until(() -> !inGroup(blue, 3901));
		assertThat(person.texts()).contains("You left your old group. Your place there is free for someone else now.");
		await().until(() -> person.texts()
			.stream()
			.anyMatch((t) -> t.startsWith("There is a place for you") && t.contains("Listen first.")));
		assertThat(this.places.ofPerson(3901).orElseThrow().groupChatId()).isEqualTo(green);
		assertThat(this.places.inGroup(blue)).isEmpty();
		person.presses("✅ I agree");
		String newLink = await().until(() -> person.texts()
			.stream()
			.filter((t) -> t.startsWith("Here is your link to the group:") && !t.contains(oldLink))
			.findFirst()
			.orElse(null), (t) -> t != null);
		Matcher matcher = LINK.matcher(newLink);
		assertThat(matcher.find()).isTrue();
		users().join(3901, matcher.group());
		await().until(() -> inGroup(green, 3901));
	}

	@Test
	void moreCapacityLetsTheWaitingIn() {
		long group = activeGroup("Friday circle", 1, "Be kind.");
		Person first = new Person(telegram, this.mongo, 3301, "en");
		OnboardingWalk.ENGLISH.complete(first, "Finch");
		Person second = new Person(telegram, this.mongo, 3302, "en");
		OnboardingWalk.ENGLISH.complete(second, "Robin");
		assertThat(second.texts()).anyMatch((t) -> t.startsWith("There is no free place"));

		assertThat(this.groups.activate(group,
				new GroupSettings("Friday circle", "women-after-prison", "en", 2, "Be kind."), "admin"))
			.isPresent();

		second.sees("There is a place for you in a support group.");
		assertThat(this.places.waitingFor("women-after-prison", "en")).isEmpty();
	}

	private long activeGroup(String title, int capacity, String rules) {
		long chat = users().createGroup(title);
		await().until(() -> this.groups.find(chat).isPresent());
		assertThat(this.groups.activate(chat, new GroupSettings(title, "women-after-prison", "en", capacity, rules),
				"admin"))
			.isPresent();
		return chat;
	}

	private String linkSentTo(Person person) {
		String text = await().until(() -> person.texts()
			.stream()
			.filter((t) -> t.startsWith("Here is your link to the group:"))
			.findFirst()
			.orElse(null), (t) -> t != null);
		Matcher matcher = LINK.matcher(text);
		assertThat(matcher.find()).isTrue();
		assertThat(text).contains("The link works for 7 days.");
		return matcher.group();
	}

	private boolean declined(long group, long userId) {
		return this.mongo.getCollection("outbox")
			.countDocuments(new org.bson.Document("action", "DECLINE_JOIN").append("chatId", group)
				.append("state", "SENT")) > 0;
	}

	/** A member, perhaps restricted (a newcomer sends text only at first). */
	private static boolean inGroup(long group, long userId) {
		String status = users().memberStatus(group, userId);
		return "member".equals(status) || "restricted".equals(status);
	}

	private static SandboxUsers users() {
		return telegram.emulator().users();
	}

}
