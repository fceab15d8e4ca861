package org.peersupport.web.groups;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.groups.GroupBan;
import org.peersupport.groups.GroupPlace;
import org.peersupport.groups.HeldJoinRequest;
import org.peersupport.groups.ModerationRules;
import org.peersupport.groups.GroupStatus;
import org.peersupport.groups.PeerGroup;
import org.peersupport.groups.PeerGroups;
import org.peersupport.groups.PlaceStatus;
import org.peersupport.groups.WaitingPerson;
import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.web.audit.AuditEntry;
import org.peersupport.web.support.TelegramUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A group the bot is added to (in the sandbox's emulator) shows on the Groups page as
 * waiting, with any right the bot lacks; a moderator activates it with programme,
 * language, capacity and rules, audited; bad settings are refused with a reason.
 */
@SpringBootTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
@AutoConfigureMockMvc
class GroupsControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	UserDetailsService users;

	@Autowired
	BotApiEmulator emulator;

	@Autowired
	PeerGroups groups;

	@Autowired
	Participants participants;

	UserDetails admin;

	@BeforeEach
	void clean() {
		this.mongo.remove(new Query(), PeerGroup.class);
		this.mongo.remove(new Query(), GroupPlace.class);
		this.mongo.remove(new Query(), WaitingPerson.class);
		this.mongo.remove(new Query(), GroupBan.class);
		this.mongo.remove(new Query(), HeldJoinRequest.class);
		this.mongo.remove(Query.query(Criteria.where("_id").in(4701L, 4702L)), Participant.class);
		this.admin = this.users.loadUserByUsername("root-admin");
		this.emulator.limits(EmulatorLimits.off());
	}

	@Test
	void aGroupTheBotWasAddedToIsActivatedWithItsSettingsAndAudited() throws Exception {
		long chat = this.emulator.users().createGroup("Wednesday circle");
		this.emulator.users().botRights(chat, Map.of("can_restrict_members", false));
		await().until(() -> this.groups.find(chat).map((g) -> !g.hasAllRights()).orElse(false));

		assertThat(page("/groups")).contains("Waiting to be activated", "The bot lacks: can_restrict_members");
		assertThat(page("/groups/" + chat)).contains("id=\"activate-form\"", "The bot lacks: can_restrict_members");

		MvcResult result = activate(chat, "recovery", "uk", "12", "Be kind. What is said here stays here.");

		assertThat(result.getFlashMap().get("outcome")).isEqualTo("groups.activated");
		PeerGroup group = this.groups.find(chat).orElseThrow();
		assertThat(group.status()).isEqualTo(GroupStatus.ACTIVE);
		assertThat(group.programme()).isEqualTo("recovery");
		assertThat(group.language()).isEqualTo("uk");
		assertThat(group.capacity()).isEqualTo(12);
		assertThat(group.rules()).isEqualTo("Be kind. What is said here stays here.");
		assertThat(group.activatedBy()).isEqualTo("root-admin");
		assertThat(this.mongo.find(Query.query(Criteria.where("objectId").is(Long.toString(chat))), AuditEntry.class))
			.extracting(AuditEntry::action)
			.containsExactly("group.activated");
		assertThat(page("/groups")).contains("Active", "Circle A");
	}

	@Test
	void theListShowsEachGroupsMembersAndWhoWaitsForIt() throws Exception {
		long chat = this.emulator.users().createGroup("Saturday circle");
		await().until(() -> this.groups.find(chat).isPresent());
		activate(chat, "recovery", "pl", "3", "Be kind.");
		Instant now = Instant.now();
		this.mongo.insert(new GroupPlace(chat + ":0", 901, chat, 0, PlaceStatus.MEMBER, "t1", now, now, now, 1));
		this.mongo.insert(new GroupPlace(chat + ":1", 902, chat, 1, PlaceStatus.OFFERED, "t2", now, null, null, 1));
		this.mongo.insert(new WaitingPerson(903, "recovery", "pl", now, 1));
		this.mongo.insert(new WaitingPerson(904, "recovery", "uk", now, 1));

		assertThat(page("/groups")).contains("<td class=\"members\">1</td>", "<td class=\"waiting\">1</td>");
	}

	@Test
	void badSettingsAreRefusedWithTheReasonAndChangeNothing() throws Exception {
		long chat = this.emulator.users().createGroup("Saturday circle");
		await().until(() -> this.groups.find(chat).isPresent());

		assertThat(activate(chat, "no-such-programme", "en", "10", "Rules").getResponse().getContentAsString())
			.contains("Choose one of your programmes.");
		assertThat(activate(chat, "recovery", "de", "10", "Rules").getResponse().getContentAsString())
			.contains("Choose the group’s language.");
		assertThat(activate(chat, "recovery", "en", "0", "Rules").getResponse().getContentAsString())
			.contains("Places must be a number from 1 to 200.");
		assertThat(activate(chat, "recovery", "en", "10", " ").getResponse().getContentAsString())
			.contains("Write the rules");
		assertThat(this.groups.find(chat).orElseThrow().status()).isEqualTo(GroupStatus.PENDING);
	}

	@Test
	void aBannedWordSavedInThePanelMakesTheBotDeleteAGroupPostAndWarnPrivatelyAndTheLogShowsIt() throws Exception {
		long chat = this.emulator.users().createGroup("Evening circle");
		await().until(() -> this.groups.find(chat).isPresent());
		activate(chat, "recovery", "en", "5", "Be kind.");
		assertThat(
				saveModeration(chat,
						Map.of("words_en", "swindle*\neasy money", "words_ru", "развод*", "mediaAllowed", "true",
								"newcomerHours", "0"))
					.getFlashMap()
					.get("outcome"))
			.isEqualTo("groups.moderation.saved");
		ModerationRules saved = this.groups.find(chat).orElseThrow().moderation();
		assertThat(saved.bannedWords()).containsEntry("en", java.util.List.of("swindle*", "easy money"))
			.containsEntry("ru", java.util.List.of("развод*"));
		assertThat(saved.newcomerTextOnlySeconds()).isZero();
		assertThat(this.mongo.find(Query.query(Criteria.where("objectId").is(Long.toString(chat))), AuditEntry.class))
			.extracting(AuditEntry::action)
			.containsExactly("group.activated", "group.moderation-changed");
		TelegramUser member = placedMember(chat, 4701, "Lynx");

		long post = this.emulator.users().sendGroupText(chat, 4701, "Join my SWINDLERS club").messageId();

		await().until(() -> !this.emulator.users().userMessageExists(chat, post));
		await().until(() -> member.lastText().startsWith("Your message in the group was removed."));
		assertThat(member.lastText()).contains("It had words that are not allowed in the group.", "Warnings: 1 of 3.");
		long kept = this.emulator.users().sendGroupText(chat, 4701, "Good evening, everyone").messageId();
		String log = page("/groups/moderation-log?group=" + chat + "&who=bot");
		assertThat(log)
			.contains("data-action=\"DELETE\"", "data-action=\"WARN\"", "Banned words", "The bot, by the group’s rules")
			.doesNotContain("SWINDLERS", "4701");
		assertThat(page("/groups/moderation-log?group=" + chat + "&who=moderators")).doesNotContain("data-action=");
		assertThat(page("/groups/moderation-log?action=DELETE")).contains("data-action=\"DELETE\"")
			.doesNotContain("data-action=\"WARN\"");
		assertThat(page("/groups/moderation-log?from=2000-01-01&to=2000-01-02")).doesNotContain("data-action=");
		assertThat(page("/groups/moderation-log?from=2000-01-02&to=2000-01-01"))
			.contains("id=\"form-error\"", "aria-invalid=\"true\"", "aria-describedby=\"form-error\"")
			.doesNotContain("data-action=");
		assertThat(page("/groups/moderation-log?group=123")).contains("id=\"form-error\"")
			.containsPattern("id=\"group\"[^>]*aria-invalid=\"true\"|aria-invalid=\"true\"[^>]*id=\"group\"");
		assertThat(page("/groups/" + chat)).contains("Latest moderation", "Message removed");
		assertThat(this.emulator.users().userMessageExists(chat, kept)).isTrue();
	}

	@Test
	void aGroupsOwnModeratorsChatIsRefusedFieldByFieldThenSavedAndGetsItsHeldJoinRequests() throws Exception {
		long moderators = this.emulator.users().createGroup("Thursday moderators");
		long chat = this.emulator.users().createGroup("Thursday circle");
		long peer = this.emulator.users().createGroup("Friday circle");
		await().until(() -> this.groups.find(moderators).isPresent() && this.groups.find(chat).isPresent()
				&& this.groups.find(peer).isPresent());
		activate(peer, "recovery", "pl", "5", "Be kind.");

		for (String notANumber : new String[] { "moderators", "1234", "-12x", "-" }) {
			assertThat(activate(chat, "recovery", "en", "5", "Be kind.", notANumber).getResponse().getContentAsString())
				.as(notANumber)
				.contains("The moderators’ chat must be a Telegram group id",
						"aria-describedby=\"moderatorsChat-hint form-error\"");
		}
		for (long notUsable : new long[] { -100_999_999L, chat, peer }) {
			assertThat(activate(chat, "recovery", "en", "5", "Be kind.", Long.toString(notUsable)).getResponse()
				.getContentAsString()).as(Long.toString(notUsable))
				.contains("The bot is not in that chat, or it is a peer group.",
						"aria-describedby=\"moderatorsChat-hint form-error\"");
		}
		assertThat(this.groups.find(chat).orElseThrow().status()).isEqualTo(GroupStatus.PENDING);

		activate(chat, "recovery", "en", "5", "Be kind.", " " + moderators + " ");

		assertThat(this.groups.find(chat).orElseThrow().moderatorsChat()).isEqualTo(moderators);
		assertThat(activate(moderators, "recovery", "en", "5", "Be kind.").getResponse().getContentAsString())
			.as("a moderators' chat is no place for participants")
			.contains("This chat is the moderators’ chat of another group");
		assertThat(this.groups.find(moderators).orElseThrow().status()).isEqualTo(GroupStatus.PENDING);
		assertThat(page("/groups/" + chat)).contains("value=\"" + moderators + "\"");
		assertThat(this.mongo.find(Query.query(Criteria.where("objectId").is(Long.toString(chat))), AuditEntry.class))
			.singleElement()
			.satisfies((entry) -> assertThat(entry.after()).containsEntry("moderatorsChat", Long.toString(moderators)));
		this.groups.setHoldJoinRequests(chat, true);
		String link = linkOf(chat, 4702, "Heron");

		this.emulator.users().join(4799, link);

		await().until(() -> this.emulator.users()
			.messages(moderators)
			.stream()
			.anyMatch((m) -> m.text().startsWith("Someone the bot did not place asked to join")
					&& m.text().contains("(Circle A)")));
		assertThat(page("/alerts")).contains("A join request waits for a moderator", "href=\"/groups/" + chat + "\"");
		activate(chat, "recovery", "en", "5", "Be kind.", "");
		assertThat(this.groups.find(chat).orElseThrow().moderatorsChat()).as("back to the configured chat").isNull();
	}

	@Test
	void badModerationRulesAreRefusedBesideTheirFieldsAndNothingIsSaved() throws Exception {
		long chat = this.emulator.users().createGroup("Morning circle");
		await().until(() -> this.groups.find(chat).isPresent());
		activate(chat, "recovery", "en", "5", "Be kind.");

		String answer = saveModeration(chat,
				Map.of("words_en", "fine\n*bad", "floodPosts", "31", "muteMinutes", "soon", "words_pl", "oszu*"))
			.getResponse()
			.getContentAsString();

		assertThat(answer)
			.contains("Nothing was saved. Correct the fields marked below.", "id=\"words_en-error\"",
					"Each line needs a letter or digit, and * may only end a word.", "id=\"floodPosts-error\"",
					"Write a whole number from 1 to 30.", "id=\"muteMinutes-error\"", "oszu*")
			.doesNotContain("id=\"words_pl-error\"");
		assertThat(this.groups.find(chat).orElseThrow().moderation()).isEqualTo(ModerationRules.DEFAULTS);
		assertThat(this.mongo.find(Query
			.query(Criteria.where("action").is("group.moderation-changed").and("objectId").is(Long.toString(chat))),
				AuditEntry.class))
			.isEmpty();
	}

	@Test
	void anUnknownGroupAnswers404() throws Exception {
		assertThat(
				this.mvc.perform(get("/groups/-100123").with(user(this.admin))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(this.mvc.perform(get("/groups/x1").with(user(this.admin))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	private MvcResult activate(long chat, String programme, String language, String capacity, String rules)
			throws Exception {
		return activate(chat, programme, language, capacity, rules, "");
	}

	private MvcResult activate(long chat, String programme, String language, String capacity, String rules,
			String moderatorsChat) throws Exception {
		return this.mvc
			.perform(post("/groups/" + chat + "/activate").with(csrf())
				.with(user(this.admin))
				.param("name", "Circle A")
				.param("programme", programme)
				.param("language", language)
				.param("capacity", capacity)
				.param("rules", rules)
				.param("moderatorsChat", moderatorsChat))
			.andReturn();
	}

	/**
	 * A participant of the recovery programme whom the bot places in the group through
	 * {@code /group}, who agrees to the rules and joins with the personal link.
	 */
	/**
	 * The personal link to the group that the bot sends a participant of the recovery
	 * programme it places there.
	 */
	private String linkOf(long chat, long userId, String pseudonym) {
		this.participants.recordConsent(userId, "en", "onboarding@1", Instant.now());
		this.participants.completeOnboarding(userId, "recovery", Map.of("pseudonym", pseudonym), Instant.now());
		TelegramUser user = new TelegramUser(this.emulator, this.mongo, userId, "en");
		user.says("/group").presses("Find me a group").presses("✅ I agree");
		return await().until(() -> linkIn(user.lastText()), (found) -> found != null);
	}

	private TelegramUser placedMember(long chat, long userId, String pseudonym) {
		this.participants.recordConsent(userId, "en", "onboarding@1", Instant.now());
		this.participants.completeOnboarding(userId, "recovery", Map.of("pseudonym", pseudonym), Instant.now());
		TelegramUser user = new TelegramUser(this.emulator, this.mongo, userId, "en");
		user.says("/group").presses("Find me a group").presses("✅ I agree");
		String link = await().until(() -> linkIn(user.lastText()), (found) -> found != null);
		this.emulator.users().join(userId, link);
		await().until(() -> "member".equals(this.emulator.users().memberStatus(chat, userId))
				|| "restricted".equals(this.emulator.users().memberStatus(chat, userId)));
		return user;
	}

	private static String linkIn(String text) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("https://t\\.me/\\+\\S+").matcher(text);
		return matcher.find() ? matcher.group() : null;
	}

	private MvcResult saveModeration(long chat, Map<String, String> changed) throws Exception {
		Map<String, String> fields = new java.util.HashMap<>(Map.of("floodPosts", "6", "floodSeconds", "10",
				"warningsToMute", "3", "warningsHours", "24", "muteMinutes", "60", "newcomerHours", "24"));
		fields.putAll(changed);
		var request = post("/groups/" + chat + "/moderation").with(csrf()).with(user(this.admin));
		for (Map.Entry<String, String> field : fields.entrySet()) {
			request = request.param(field.getKey(), field.getValue());
		}
		return this.mvc.perform(request).andReturn();
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).with(user(this.admin))).andReturn().getResponse().getContentAsString();
	}

}
