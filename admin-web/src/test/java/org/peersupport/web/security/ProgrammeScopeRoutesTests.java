package org.peersupport.web.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.peersupport.checkins.CheckInPlans;
import org.peersupport.groups.GroupStatus;
import org.peersupport.groups.ModerationRules;
import org.peersupport.groups.PeerGroup;
import org.peersupport.messaging.OutboundAction;
import org.peersupport.messaging.OutboxEntry;
import org.peersupport.messaging.OutboxState;
import org.peersupport.participants.Participant;
import org.peersupport.safety.Alert;
import org.peersupport.safety.AlertStatus;
import org.peersupport.safety.ModeratorAlerts;
import org.peersupport.participants.Participants;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.requests.HelpRequest;
import org.peersupport.requests.RequestStatus;
import org.peersupport.requests.Urgency;
import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.BotMessage;
import org.peersupport.web.audit.AuditEntry;
import org.peersupport.web.audit.AuditLog;
import org.peersupport.web.security.PanelRoutesSecurityTests.MappedRoutes;
import org.peersupport.web.security.PanelRoutesSecurityTests.Route;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Walks every route the application maps as a moderator limited to programme A, with
 * people and data seeded in programmes A and B (and some of no programme): no page shows
 * anything of B, B's objects answer exactly as objects that do not exist, and nothing of
 * B changes. An unlimited moderator sees B on the same pages, so the walk can fail.
 */
@SpringBootTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeScopeRoutesTests {

	static final String A = "recovery";

	static final String B = "circles";

	static final String VOLUNTEER_A = "V-scope-a";

	static final String VOLUNTEER_B = "V-scope-b";

	/** An application from before volunteers had a programme. */
	static final String VOLUNTEER_LEGACY = "V-scope-legacy";

	static final String LETTER_A = "u9101-0";

	/** To participant B's chat, to volunteer B's chat, to a group of no programme. */
	static final List<String> LETTERS_OUT_OF_A = List.of("u9201-0", "u9202-0", "u9999-0");

	static final String ALERT_A = "a1a1a1a1a1a1a1a1a1a1a1a1";

	static final String ALERT_B = "b2b2b2b2b2b2b2b2b2b2b2b2";

	/** The pseudonymous references of the participants of A and B. */
	static final String PERSON_A = "P-SCOPE-A-1r";

	static final String PERSON_B = "P-SCOPE-B-1r";

	static final long REQUEST_A = 910_101L;

	static final long REQUEST_B = 920_101L;

	/**
	 * A request of B nobody has taken, waiting longest of all, in a category only B has:
	 * the dashboard's queue figures name it to those who see B.
	 */
	static final long REQUEST_B_WAITING = 920_102L;

	static final long GROUP_A = -1_000_000_201L;

	static final long GROUP_B = -1_000_000_202L;

	/** A group waiting to be activated: no programme yet. */
	static final long GROUP_PENDING = -1_000_000_203L;

	/** A sandbox phone created for the moderator of A. */
	static final long PHONE_OF_A = 911_000_000_001L;

	/**
	 * A sandbox phone created for the unlimited moderator, whose chat shows another
	 * programme's data.
	 */
	static final long PHONE_OUT_OF_A = 922_000_000_002L;

	/** A sandbox phone id nobody created. */
	static final long PHONE_NOBODY = 933_000_000_003L;

	/** A test group the sandbox created for the moderator of A, activated for A. */
	static long sandboxGroupOfA;

	/**
	 * A test group the sandbox created for the moderator of A, activated for B meanwhile:
	 * no longer theirs to see.
	 */
	static long sandboxGroupOutOfA;

	/** A test group id nobody created. */
	static final long SANDBOX_GROUP_NOBODY = -1_009_999_999_999L;

	/** What limited moderators of A must never see, in any page. */
	static final List<String> OUT_OF_A = List.of("PSEUDO-B-7f3k", "BERTA-B-NAME-9q2", "REGION-B-9q2", VOLUNTEER_B,
			"LEGACY-NAME-4x1", "LEGACY-REGION-4x1", VOLUNTEER_LEGACY, "u9201-0", "u9202-0", "DEAD-B-PARTICIPANT-3c",
			"DEAD-B-VOLUNTEER-3c", "u9999-0", "DEAD-GROUP-3c", "AUDIT-B-OBJ-5t", "AUDIT-NONE-5t", "SANDBOX-B-CHAT-8m",
			"P-ALERT-B-6h", ALERT_B, PERSON_B, "GROUP-B-NAME-2w", "SANDBOX-GROUP-B-POST-4k", Long.toString(GROUP_B),
			Long.toString(GROUP_PENDING), "CATEGORY-B-8w", Long.toString(REQUEST_B_WAITING));

	/**
	 * What of {@link #OUT_OF_A} no page shows (none: an unlimited moderator sees all of
	 * it somewhere).
	 */
	static final Set<String> NOT_SHOWN_TO_ANYONE = Set.of();

	/**
	 * Routes with a path variable whose object is no programme's data. Reviewed: none
	 * (admin-only pages, which a moderator cannot open at all, are not walked as
	 * objects).
	 */
	static final Set<String> NOT_PROGRAMME_OBJECTS = Set.of();

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Participants participants;

	@Autowired
	AuditLog auditLog;

	@Autowired
	StaffAccounts staff;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	BotApiEmulator emulator;

	@Autowired
	CheckInPlans plans;

	long updatesAtStart;

	UserDetails moderatorOfA;

	UserDetails unlimitedModerator;

	@BeforeAll
	void seedProgrammesAAndB() {
		clear();
		sandboxGroupOfA = sandboxGroup("Sandbox group of A", null);
		sandboxGroupOutOfA = sandboxGroup("Sandbox group elsewhere", "SANDBOX-GROUP-B-POST-4k");
		// registering a group alerts moderators; the dashboard counts only the alerts
		// below
		this.mongo.remove(new Query(), Alert.class);
		participant(9101, A, "pseudo-A-1q", PERSON_A);
		participant(9201, B, "PSEUDO-B-7f3k", PERSON_B);
		volunteer(VOLUNTEER_A, 9102, A, "Alma A-name", "Region-A");
		volunteer(VOLUNTEER_B, 9202, B, "BERTA-B-NAME-9q2", "REGION-B-9q2");
		volunteer(VOLUNTEER_LEGACY, 9302, null, "LEGACY-NAME-4x1", "LEGACY-REGION-4x1");
		deadLetter(LETTER_A, 9101, "DEAD-A-2c");
		deadLetter("u9201-0", 9201, "DEAD-B-PARTICIPANT-3c");
		deadLetter("u9202-0", 9202, "DEAD-B-VOLUNTEER-3c");
		deadLetter("u9999-0", -100999, "DEAD-GROUP-3c");
		alert(ALERT_A, 9101, A, "P-ALERT-A-6h");
		alert(ALERT_B, 9201, B, "P-ALERT-B-6h");
		group(GROUP_A, A, "GROUP-A-NAME-2w");
		group(GROUP_B, B, "GROUP-B-NAME-2w");
		group(GROUP_PENDING, null, null);
		groupModeration(GROUP_B, 9201);
		request(REQUEST_A, 9101, A, null);
		request(REQUEST_B, 9201, B, VOLUNTEER_B);
		this.mongo.insert(new HelpRequest("R-scope-" + REQUEST_B_WAITING, REQUEST_B_WAITING, 9201, B, "CATEGORY-B-8w",
				Urgency.WEEK, "SUMMARY-B-waiting-4k", null, "en", RequestStatus.OPEN,
				Instant.now().minus(java.time.Duration.ofDays(12)), null, List.of(), 0, null, null, null, null, null,
				null, null, List.of(), null, false, null, null, null, null, null, null, HelpRequest.SCHEMA_VERSION));
		PanelUser admin = this.accounts.findByUsername("root-admin").orElseThrow().toPanelUser();
		this.auditLog.record(admin, "volunteer.approved", "volunteer", "AUDIT-A-OBJ-5t", A, Map.of(), Map.of());
		this.auditLog.record(admin, "volunteer.approved", "volunteer", "AUDIT-B-OBJ-5t", B, Map.of(), Map.of());
		this.auditLog.record(admin, "sandbox.reset", "sandbox", "AUDIT-NONE-5t", Map.of(), Map.of());
		this.moderatorOfA = moderator("scope-mod-a", Set.of(A));
		this.unlimitedModerator = moderator("scope-mod-all", Set.of());
		sandboxPhone(PHONE_OF_A, "scope-mod-a");
		sandboxPhone(PHONE_OUT_OF_A, "scope-mod-all");
		sandboxGroupOf(sandboxGroupOfA, "scope-mod-a", A);
		sandboxGroupOf(sandboxGroupOutOfA, "scope-mod-a", B);
		botSays(PHONE_OUT_OF_A, "Your volunteer sign-up: SANDBOX-B-CHAT-8m");
		this.updatesAtStart = this.emulator.lastUpdateId();
	}

	/**
	 * Other classes sharing this context clean up before their tests; so does this one.
	 */
	@AfterAll
	void clear() {
		this.mongo.remove(new Query(), Participant.class);
		this.mongo.getCollection("person_refs")
			.deleteMany(new Document("_id", new Document("$in", List.of(9101L, 9201L))));
		this.mongo.remove(new Query(), Volunteer.class);
		this.mongo.remove(new Query(), OutboxEntry.class);
		this.mongo.remove(new Query(), Alert.class);
		this.mongo.remove(new Query(), PeerGroup.class);
		this.mongo.getCollection("group_moderation_log").deleteMany(new Document());
		this.mongo.getCollection("group_held_joins").deleteMany(new Document());
		this.mongo.remove(new Query(), HelpRequest.class);
		this.mongo.remove(Query.query(Criteria.where("objectId").regex("^AUDIT-.*-5t$")), AuditEntry.class);
		Query scopeModerators = Query.query(Criteria.where("username").in("scope-mod-a", "scope-mod-all"));
		List<String> staffIds = this.mongo.find(scopeModerators, StaffAccount.class)
			.stream()
			.map(StaffAccount::getId)
			.toList();
		this.mongo.getCollection("sandbox_phones").deleteMany(new Document("staffId", new Document("$in", staffIds)));
		this.mongo.getCollection("sandbox_groups").deleteMany(new Document("staffId", new Document("$in", staffIds)));
		this.mongo.remove(scopeModerators, StaffAccount.class);
	}

	@ParameterizedTest(name = "{0}")
	@ArgumentsSource(MappedRoutes.class)
	void aModeratorLimitedToAProgrammeSeesNothingOfAnother(Route route) throws Exception {
		if (route.method() == HttpMethod.GET) {
			for (String path : paths(route, false)) {
				MvcResult result = perform(route.method(), path, this.moderatorOfA);
				assertThat(result.getResponse().getStatus()).as("GET %s", path).isLessThan(500);
				assertThat(result.getResponse().getContentAsString()).as("GET %s", path).doesNotContain(OUT_OF_A);
			}
		}
		if (isProgrammeObject(route)) {
			for (String path : paths(route, false)) {
				assertAnswersAsIfAbsent(route, path);
			}
			if (route.method() == HttpMethod.GET) {
				String inScope = paths(route, true).get(0);
				assertThat(perform(route.method(), inScope, this.moderatorOfA).getResponse().getStatus())
					.as("GET %s of their own programme", inScope)
					.isEqualTo(200);
			}
		}
		assertProgrammeBUnchanged();
	}

	@Test
	void anUnlimitedModeratorSeesEveryProgrammeOnTheSamePages() throws Exception {
		StringBuilder seen = new StringBuilder();
		for (Route route : MappedRoutes.routes(this.context)) {
			if (route.method() != HttpMethod.GET || route.isAdminOnly()) {
				continue;
			}
			for (String path : paths(route, false)) {
				MvcResult result = perform(HttpMethod.GET, path, this.unlimitedModerator);
				if (isProgrammeObject(route)) {
					assertThat(result.getResponse().getStatus()).as("GET %s", path).isEqualTo(200);
				}
				seen.append(result.getResponse().getContentAsString());
			}
		}
		List<String> shown = new ArrayList<>(OUT_OF_A);
		shown.removeAll(NOT_SHOWN_TO_ANYONE);
		assertThat(seen.toString()).contains(shown);
		assertThat(seen.toString()).as("what a participant wrote in a request").doesNotContain("SUMMARY-");
	}

	@Test
	void dashboardCardsCountOnlyTheViewersProgrammes() throws Exception {
		String limited = perform(HttpMethod.GET, "/", this.moderatorOfA).getResponse().getContentAsString();
		String unlimited = perform(HttpMethod.GET, "/", this.unlimitedModerator).getResponse().getContentAsString();

		assertThat(card(limited, "Volunteers waiting for approval")).isEqualTo("1");
		assertThat(card(limited, "Dead letters")).isEqualTo("1");
		assertThat(card(limited, "Participants onboarded this week")).isEqualTo("1");
		assertThat(card(unlimited, "Volunteers waiting for approval")).isEqualTo("3");
		assertThat(card(unlimited, "Dead letters")).isEqualTo("4");
		assertThat(card(unlimited, "Participants onboarded this week")).isEqualTo("2");
		assertThat(limited).contains("You see only these programmes: Recovery programme.")
			.doesNotContain("Staff accounts");
		assertThat(unlimited).doesNotContain("You see only these programmes", "Staff accounts");
		assertThat(card(limited, "Need a person")).isEqualTo("1");
		assertThat(card(limited, "Waiting for a group")).isEqualTo("0");
		assertThat(card(unlimited, "Need a person")).isEqualTo("2");
		assertThat(card(unlimited, "Waiting for a group")).isEqualTo("0");
	}

	/** B's object answers like an id that names nothing, and nothing is audited. */
	private void assertAnswersAsIfAbsent(Route route, String path) throws Exception {
		String absent = path.replaceAll("V-scope-(b|legacy)", "V-nobody")
			.replaceAll("u9(2|9)\\d\\d-0", "u1-0")
			.replace(Long.toString(PHONE_OUT_OF_A), Long.toString(PHONE_NOBODY))
			.replace(Long.toString(sandboxGroupOutOfA), Long.toString(SANDBOX_GROUP_NOBODY))
			.replace(ALERT_B, "c3c3c3c3c3c3c3c3c3c3c3c3")
			.replace(Long.toString(GROUP_B), "-1000000299")
			.replace(Long.toString(GROUP_PENDING), "-1000000299")
			.replace("/requests/" + REQUEST_B, "/requests/929999")
			.replace("/programmes/" + B, "/programmes/no-such-programme")
			.replace(PERSON_B, "P-SCOPE-NOBODY");
		MvcResult outOfScope = perform(route.method(), path, this.moderatorOfA);
		MvcResult missing = perform(route.method(), absent, this.moderatorOfA);

		assertThat(outOfScope.getResponse().getStatus()).as("%s %s", route.method(), path)
			.isEqualTo(missing.getResponse().getStatus());
		assertThat(outOfScope.getResponse().getRedirectedUrl()).as("%s %s", route.method(), path)
			.isEqualTo(missing.getResponse().getRedirectedUrl());
		assertThat(outOfScope.getFlashMap().get("outcome")).as("%s %s", route.method(), path)
			.isEqualTo(missing.getFlashMap().get("outcome"));
		if (route.method() == HttpMethod.GET) {
			assertThat(outOfScope.getResponse().getStatus()).as("GET %s", path).isEqualTo(404);
		}
	}

	private void assertProgrammeBUnchanged() {
		for (String id : List.of(VOLUNTEER_B, VOLUNTEER_LEGACY)) {
			assertThat(this.mongo.findById(id, Volunteer.class)).as(id)
				.extracting(Volunteer::status)
				.isEqualTo(VolunteerStatus.PENDING);
		}
		for (String id : LETTERS_OUT_OF_A) {
			assertThat(this.mongo.findById(id, OutboxEntry.class)).as(id)
				.extracting(OutboxEntry::state)
				.isEqualTo(OutboxState.DEAD);
		}
		assertThat(this.mongo.findById(ALERT_B, Alert.class)).extracting(Alert::status).isEqualTo(AlertStatus.OPEN);
		assertThat(this.mongo.findById(GROUP_B, PeerGroup.class)).extracting(PeerGroup::status)
			.isEqualTo(GroupStatus.ACTIVE);
		assertThat(this.mongo.findById(GROUP_PENDING, PeerGroup.class)).extracting(PeerGroup::status)
			.isEqualTo(GroupStatus.PENDING);
		assertThat(this.mongo.findById(GROUP_B, PeerGroup.class)).extracting(PeerGroup::moderation)
			.isEqualTo(ModerationRules.DEFAULTS);
		assertThat(this.mongo.getCollection("group_held_joins").countDocuments(new Document("groupChatId", GROUP_B)))
			.as("B's held join request, neither approved nor declined")
			.isEqualTo(1);
		assertThat(this.mongo.findById("R-scope-" + REQUEST_B, HelpRequest.class)).satisfies((request) -> {
			assertThat(request.status()).isEqualTo(RequestStatus.CLAIMED);
			assertThat(request.claimedBy()).isEqualTo(VOLUNTEER_B);
			assertThat(request.history()).isEmpty();
		});
		assertThat(this.plans.planOf(B).saved()).as("programme B's check-in settings").isFalse();
		assertThat(this.mongo.count(Query.query(Criteria.where("actorName").is("scope-mod-a")), AuditEntry.class))
			.isZero();
		assertThat(this.emulator.lastUpdateId()).as("updates sent from sandbox phones").isEqualTo(this.updatesAtStart);
	}

	/** The concrete paths of a route: its objects of programme A, or of others. */
	private static List<String> paths(Route route, boolean inProgrammeA) {
		String pattern = route.pattern();
		if (pattern.startsWith("/volunteers/{id}")) {
			return inProgrammeA ? List.of(pattern.replace("{id}", VOLUNTEER_A))
					: List.of(pattern.replace("{id}", VOLUNTEER_B), pattern.replace("{id}", VOLUNTEER_LEGACY));
		}
		if (pattern.startsWith("/dead-letters/{id}")) {
			return inProgrammeA ? List.of(pattern.replace("{id}", LETTER_A))
					: LETTERS_OUT_OF_A.stream().map((id) -> pattern.replace("{id}", id)).toList();
		}
		if (pattern.startsWith("/alerts/{id}")) {
			return List.of(pattern.replace("{id}", inProgrammeA ? ALERT_A : ALERT_B));
		}
		if (pattern.startsWith("/participants/{id}")) {
			return List.of(pattern.replace("{id}", inProgrammeA ? PERSON_A : PERSON_B));
		}
		if (pattern.startsWith("/requests/{id}")) {
			return List.of(pattern.replace("{id}", Long.toString(inProgrammeA ? REQUEST_A : REQUEST_B)));
		}
		if (pattern.startsWith("/groups/{id}")) {
			return inProgrammeA ? List.of(pattern.replace("{id}", Long.toString(GROUP_A)))
					: List.of(pattern.replace("{id}", Long.toString(GROUP_B)),
							pattern.replace("{id}", Long.toString(GROUP_PENDING)));
		}
		if (pattern.startsWith("/programmes/{id}")) {
			return List.of(pattern.replace("{id}", inProgrammeA ? A : B));
		}
		if (pattern.startsWith("/sandbox/phones/{userId}")) {
			return List.of(pattern.replace("{userId}", Long.toString(inProgrammeA ? PHONE_OF_A : PHONE_OUT_OF_A)));
		}
		if (pattern.startsWith("/sandbox/groups/{chatId}")) {
			return List
				.of(pattern.replace("{chatId}", Long.toString(inProgrammeA ? sandboxGroupOfA : sandboxGroupOutOfA)));
		}
		if (pattern.equals("/sandbox")) {
			return List.of(pattern, pattern + "?phone=" + PHONE_OUT_OF_A, pattern + "?phone=1001");
		}
		return List.of(pattern.replaceAll("\\{[^}]+}", "1001"));
	}

	private static boolean isProgrammeObject(Route route) {
		boolean hasVariable = route.pattern().contains("{");
		if (hasVariable && !route.isAdminOnly() && !NOT_PROGRAMME_OBJECTS.contains(route.pattern())) {
			assertThat(route.pattern()).as("a new route with an object id: scope it and add it to this test")
				.matches(
						"/(volunteers|dead-letters|alerts|groups|requests|programmes|participants)/\\{id}.*|/sandbox/phones/\\{userId}/.*|/sandbox/groups/\\{chatId}/.*");
			return true;
		}
		return false;
	}

	private MvcResult perform(HttpMethod method, String path, UserDetails who) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path).with(user(who));
		if (method == HttpMethod.POST) {
			request = request.with(csrf())
				.param("checked", "identity-checked")
				.param("note", "note")
				.param("text", "/mydata")
				.param("messageId", "1")
				.param("data", "lang:en")
				.param("link", "https://t.me/+nothing")
				.param("member", Long.toString(PHONE_OF_A))
				.param("volunteer", VOLUNTEER_B)
				.param("outcome", "HELPED")
				.param("user", "9201")
				.param("words_en", "scope*")
				.param("floodPosts", "5")
				.param("floodSeconds", "10")
				.param("warningsToMute", "3")
				.param("warningsHours", "24")
				.param("muteMinutes", "60")
				.param("newcomerHours", "0");
		}
		return this.mvc.perform(request).andReturn();
	}

	private static String card(String page, String title) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern
			.compile(title + "</h2>\\s*<p class=\"value\">(\\d+)</p>")
			.matcher(page);
		assertThat(matcher.find()).as(title).isTrue();
		return matcher.group(1);
	}

	private UserDetails moderator(String username, Set<String> programmes) {
		StaffAccount account = this.staff.create(username, "correct-horse-2", PanelRole.MODERATOR, Locale.ENGLISH);
		account.limitToProgrammes(programmes);
		this.staff.save(account);
		return this.users.loadUserByUsername(username);
	}

	private void sandboxPhone(long userId, String username) {
		String staffId = this.accounts.findByUsername(username).orElseThrow().getId();
		this.mongo.getCollection("sandbox_phones")
			.insertOne(new Document("_id", userId).append("staffId", staffId)
				.append("createdAt", Date.from(Instant.now()))
				.append("schemaVersion", 1));
	}

	/**
	 * A group on the emulator with the bot as administrator, registered by the bot, with
	 * a post of its owner if one is given.
	 */
	private long sandboxGroup(String title, String post) {
		long chat = this.emulator.users().createGroup(title);
		await().atMost(Duration.ofSeconds(20)).until(() -> this.mongo.findById(chat, PeerGroup.class) != null);
		if (post != null) {
			this.emulator.users().sendGroupText(chat, 1000, post);
		}
		return chat;
	}

	/** A test group the sandbox created for a staff member, activated for a programme. */
	private void sandboxGroupOf(long chat, String username, String programme) {
		String staffId = this.accounts.findByUsername(username).orElseThrow().getId();
		this.mongo.getCollection("sandbox_groups")
			.insertOne(new Document("_id", chat).append("staffId", staffId)
				.append("createdAt", Date.from(Instant.now()))
				.append("schemaVersion", 1));
		this.mongo.save(new PeerGroup(chat, GroupStatus.ACTIVE, "Sandbox group", programme, "en", 10, "Be kind.",
				List.of(), null, Instant.now(), Instant.now(), "scope-mod-all", PeerGroup.SCHEMA_VERSION));
	}

	/**
	 * A message from the bot in a sandbox phone's chat, through the emulator's Bot API.
	 */
	private void botSays(long chatId, String text) {
		this.emulator.users().unblock(chatId);
		// bot-core's sandbox mode talks to its emulator with this token
		URI sendMessage = URI.create(this.emulator.baseUrl() + "/bot0:sandbox/sendMessage");
		String body = "{\"chat_id\":" + chatId + ",\"text\":\"" + text + "\"}";
		try {
			HttpResponse<String> sent = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(sendMessage)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
		assertThat(this.emulator.users().messages(chatId)).extracting(BotMessage::text).contains(text);
	}

	private void participant(long chatId, String programme, String pseudonym, String ref) {
		this.mongo.getCollection("person_refs")
			.insertOne(new Document("_id", chatId).append("ref", ref)
				.append("createdAt", Date.from(Instant.now()))
				.append("schemaVersion", 1));
		this.participants.recordConsent(chatId, "en", "onboarding@1", Instant.now());
		this.participants.completeOnboarding(chatId, programme, Map.of("pseudonym", pseudonym), Instant.now());
	}

	private void volunteer(String id, long chatId, String programme, String realName, String region) {
		this.mongo.insert(new Volunteer(id, chatId, "en", programme,
				Map.of("realName", realName, "contact", "+48 600 " + chatId, "skills", List.of("time"), "languages",
						List.of("en"), "region", region),
				VolunteerStatus.PENDING, "volunteer-signup@2", Instant.now(), Instant.now(), null, null,
				Volunteer.SCHEMA_VERSION));
	}

	private void alert(String id, long chatId, String programme, String personRef) {
		Instant now = Instant.now();
		this.mongo.insert(new Alert(id, ModeratorAlerts.Reason.NEEDS_PERSON, chatId, personRef, programme, "message",
				AlertStatus.OPEN, 1, now, now, null, null, null, null, Alert.SCHEMA_VERSION, null, null, null));
	}

	private void request(long number, long chatId, String programme, String volunteer) {
		Instant now = Instant.now();
		this.mongo.insert(new HelpRequest("R-scope-" + number, number, chatId, programme, "talk", Urgency.TODAY,
				"SUMMARY-" + programme + "-4k", null, "en",
				(volunteer != null) ? RequestStatus.CLAIMED : RequestStatus.OPEN, now, null, List.of(), 0, null,
				volunteer, (volunteer != null) ? chatId + 1 : null, (volunteer != null) ? now : null, null, null, null,
				List.of(), null, false, null, null, null, null, null, null, HelpRequest.SCHEMA_VERSION));
	}

	private void group(long chatId, String programme, String name) {
		this.mongo.insert(new PeerGroup(chatId, (programme != null) ? GroupStatus.ACTIVE : GroupStatus.PENDING, name,
				programme, (programme != null) ? "en" : null, (programme != null) ? 10 : 0,
				(programme != null) ? "Be kind." : null, List.of(), null, Instant.now(), null, null,
				PeerGroup.SCHEMA_VERSION));
	}

	/** A warning the bot gave a member of the group, and a join request held there. */
	private void groupModeration(long group, long member) {
		this.mongo.getCollection("group_moderation_log")
			.insertOne(new Document("_id", "scope:warn:" + member).append("groupChatId", group)
				.append("chatId", member)
				.append("action", "WARN")
				.append("breach", "LINKS")
				.append("by", "bot")
				.append("cause", "rules")
				.append("at", Date.from(Instant.now()))
				.append("schemaVersion", 1));
		this.mongo.getCollection("group_held_joins")
			.insertOne(new Document("_id", group + ":" + member).append("groupChatId", group)
				.append("chatId", member)
				.append("at", Date.from(Instant.now()))
				.append("schemaVersion", 1));
	}

	private void deadLetter(String id, long chatId, String error) {
		Instant now = Instant.now();
		this.mongo.insert(new OutboxEntry(id, id.substring(0, id.indexOf('-')), 0, OutboundAction.SEND_MESSAGE, chatId,
				chatId < 0, "hello", List.of(), null, null, null, null, false, OutboxState.DEAD, 3, now, 400,
				"Bad Request: " + error, null, now, now, OutboxEntry.SCHEMA_VERSION));
	}

}
