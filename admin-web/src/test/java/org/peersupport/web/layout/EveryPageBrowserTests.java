package org.peersupport.web.layout;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.peersupport.groups.GroupStatus;
import org.peersupport.groups.PeerGroup;
import org.peersupport.messaging.OutboundAction;
import org.peersupport.messaging.OutboxEntry;
import org.peersupport.messaging.OutboxState;
import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.requests.HelpRequest;
import org.peersupport.requests.RequestStatus;
import org.peersupport.requests.Urgency;
import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.SandboxUsers;
import org.peersupport.scripts.DefaultScripts;
import org.peersupport.web.participants.ParticipantPageFixture;
import org.peersupport.web.security.PanelRole;
import org.peersupport.web.security.StaffAccount;
import org.peersupport.web.security.StaffAccountRepository;
import org.peersupport.web.security.StaffAccounts;
import org.peersupport.web.support.Browser;
import org.peersupport.web.support.BrowserTest;
import org.peersupport.web.support.PageChecks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every page staff reach, found by following the panel's own links from the dashboard (so
 * a page a feature adds later is walked too), at a phone's width of 390 CSS pixels: no
 * page scrolls sideways, axe-core finds no serious or critical violation, and each page
 * has a skip link first, one h1, one main landmark, a language, a label on every field
 * and the menu marking where you are. Error pages and the sign-in page are opened by
 * hand; pages shown only after a POST (a form's errors, the reject confirmation carrying
 * a note) are reached by sending each form found with wrong input.
 */
@BrowserTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
class EveryPageBrowserTests {

	private static final int PHONE = 390;

	/** A participant whose page the walk reaches from the list. */
	private static final long WALKER = 7_774_000_001L;

	/** Enough for every page kind with some data; a crawl that grows past it is a bug. */
	private static final int MOST_PAGES = 80;

	private static final long GROUP = -100_490_001L;

	private static final long REQUEST = 4_906L;

	/** A request V-walk-2 has, with a relay that carried messages. */
	private static final long CLAIMED_REQUEST = 4_907L;

	/** A request V-walk-2 had, closed. */
	private static final long PAST_REQUEST = 4_908L;

	/**
	 * Forms whose input cannot be wrong, so that no error page follows them: the phone's
	 * message box and the test group's (any text is a message; a phone the group refuses
	 * is told in a notice), the sandbox's new phone (a choice of buttons), giving a
	 * request to one of the volunteers offered; and the script editor, whose errors its
	 * own tests check.
	 */
	private static final Set<String> FORMS_WITHOUT_ERRORS = Set.of("/sandbox/phones/{id}/send", "/sandbox/phones",
			"/sandbox/groups/{id}/post", "/requests/{id}/reassign", "/scripts/drafts",
			// filters whose fields are choices and free words: nothing to refuse
			"GET /participants", "GET /requests", "GET /volunteers", "GET /sandbox");

	/**
	 * Each form that refuses wrong input, the script that fills it wrongly (with the
	 * browser's own checks off, as a hand-made request would) and the field its error
	 * must be tied to. Keyed by the form's action with ids blanked.
	 */
	private static final Map<String, InvalidInput> INVALID_INPUTS = Map.ofEntries(
			Map.entry("/staff",
					new InvalidInput("/staff/new", "form[action$='/staff']",
							"set('username', 'Not A Name!'); set('password', 'short');", "username")),
			Map.entry("/staff/{id}/password",
					new InvalidInput("/staff", "form[action$='/password']", "set('password', 'short');", "password")),
			Map.entry("/staff/{id}/programmes", new InvalidInput("/staff", "#programme-picker",
					"var box = document.querySelector('#programme-picker input'); box.value = 'recovry'; box.checked = true;",
					"programme-picker")),
			Map.entry("/account/password", new InvalidInput("/account", "form[action$='/account/password']",
					"set('current-password', 'root-horse'); set('new-password', 'long-enough-1'); set('repeat-password', 'long-enough-2');",
					"repeat-password")),
			Map.entry("/account/zone",
					new InvalidInput("/account", "form[action$='/account/zone']",
							"document.querySelector('#zone option:checked').value = 'Mars/Olympus';", "zone")),
			Map.entry("/volunteers/{id}/approve", new InvalidInput("/volunteers/V-walk-1", "#approve-form",
					"document.querySelectorAll('#checklist input').forEach(function (box) { box.checked = false; });",
					"checklist")),
			Map.entry("/volunteers/{id}/profile",
					new InvalidInput("/volunteers/V-walk-2", "#profile-form", "set('maxOpenRequests', '11');",
							"maxOpenRequests")),
			Map.entry("/groups/{id}/activate",
					new InvalidInput("/groups/" + GROUP, "#activate-form",
							"set('capacity', '0'); set('rules', 'Be kind.');", "capacity")),
			Map.entry("/requests/{id}/close",
					new InvalidInput("/requests/" + REQUEST, "#close-form", "", "close-outcome")),
			Map.entry("/groups/{id}/moderation",
					new InvalidInput("/groups/-1000004903", "#moderation-form", "set('floodPosts', '0');",
							"floodPosts")),
			// filters are forms too: days the wrong way round
			Map.entry("GET /audit",
					new InvalidInput("/audit", "#filter", "set('from', '2026-03-02'); set('to', '2026-03-01');",
							"from")),
			Map.entry("GET /groups/moderation-log",
					new InvalidInput("/groups/moderation-log", "#filter",
							"set('from', '2026-03-02'); set('to', '2026-03-01');", "from")),
			programme("recovery"), programme("women-after-prison"), programme("family-mentors"), programme("circles"),
			crisisWords("en"), crisisWords("ru"), crisisWords("uk"), crisisWords("pl"));

	private static Map.Entry<String, InvalidInput> programme(String key) {
		return Map.entry("/programmes/" + key,
				new InvalidInput("/programmes/" + key, "#check-ins-form", "set('days-0', 'MOON');", "days-0"));
	}

	private static Map.Entry<String, InvalidInput> crisisWords(String locale) {
		return Map.entry("/crisis-words/" + locale, new InvalidInput("/crisis-words/" + locale, "#crisis-words-form",
				"set('self-harm', 'ju*mp off');", "self-harm"));
	}

	@Autowired
	MongoTemplate mongo;

	@Autowired
	StaffAccounts staff;

	@Autowired
	Participants participants;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	BotApiEmulator emulator;

	@BeforeEach
	void somethingOnEveryList() {
		String signup = DefaultScripts.all()
			.stream()
			.filter((script) -> script.id().equals("volunteer-signup"))
			.findFirst()
			.orElseThrow()
			.key();
		Instant now = Instant.now();
		this.mongo.save(new Volunteer("V-walk-1", 4901, "en", "recovery",
				Map.of("realName", "Walter Walk", "skills", List.of("lawyer"), "languages", List.of("pl", "en"),
						"region", "A-region-with-a-very-long-name-that-must-wrap-somewhere-on-a-phone"),
				VolunteerStatus.PENDING, signup, now, now, null, null, Volunteer.SCHEMA_VERSION));
		this.mongo.save(new OutboxEntry("u4902-0", "u4902", 0, OutboundAction.SEND_MESSAGE, 4902L, false, "hello",
				List.of(), null, null, null, null, false, OutboxState.DEAD, 1, now, 400, "Bad Request: chat not found",
				null, now, now, OutboxEntry.SCHEMA_VERSION));
		this.mongo.save(new Volunteer("V-walk-2", 4904, "en", "recovery",
				Map.of("realName", "Wanda Walk", "skills", List.of("mentor"), "languages", List.of("en"), "region",
						"Gdańsk", "maxOpenRequests", 3, "days", List.of("mon", "tue", "wed", "thu", "fri"), "hours",
						List.of("morning", "afternoon", "evening"), "quietHours", "22-08"),
				VolunteerStatus.APPROVED, signup, now, now, null, now, Volunteer.SCHEMA_VERSION));
		this.mongo.save(new PeerGroup(GROUP, GroupStatus.PENDING, "Walk circle", null, null, 0, null, List.of(), null,
				now, null, null, PeerGroup.SCHEMA_VERSION));
		this.participants.recordConsent(4905, "en", "onboarding@1", now);
		this.participants.completeOnboarding(4905, "recovery", Map.of("pseudonym", "Walking Heron"), now);
		this.mongo.save(new HelpRequest("R-walk", REQUEST, 4905, "recovery", "legal", Urgency.WEEK, "words", "place",
				"en", RequestStatus.OPEN, now, null, List.of(), 0, null, null, null, null, null, null, null, List.of(),
				now, false, null, null, null, null, null, null, HelpRequest.SCHEMA_VERSION));
		// V-walk-2's requests, now and before: the relay's counts and their caseload
		this.mongo.save(new HelpRequest("R-walk-claimed", CLAIMED_REQUEST, 4905, "recovery", "talk", Urgency.TODAY,
				"words", null, "en", RequestStatus.CLAIMED, now.minusSeconds(7200), null, List.of(), 0, null,
				"V-walk-2", 4904L, now.minusSeconds(7000), null, null, null, List.of(), null, false, null,
				now.minusSeconds(7000), new HelpRequest.RelayTally(12L, 9L, now.minusSeconds(6900), now, "u1", "u2"),
				null, null, null, HelpRequest.SCHEMA_VERSION));
		this.mongo.save(new HelpRequest("R-walk-past", PAST_REQUEST, 4905, "recovery", "talk", Urgency.WHENEVER,
				"words", null, "en", RequestStatus.RESOLVED, now.minusSeconds(90_000), now.minusSeconds(3600),
				List.of(), 0, null, "V-walk-2", 4904L, now.minusSeconds(80_000), 5, null, null, List.of(), null, false,
				null, now.minusSeconds(80_000),
				new HelpRequest.RelayTally(4L, 3L, now.minusSeconds(79_000), now.minusSeconds(3700), "u3", "u4"), null,
				null, null, HelpRequest.SCHEMA_VERSION));
		// a participant with check-ins, moods, a group and requests: their page is walked
		// from the participants list
		new ParticipantPageFixture(this.mongo, this.participants).seed(WALKER, "recovery", "Walker", now);
		this.mongo.save(new PeerGroup(-1_000_004_903L, GroupStatus.ACTIVE, "Walk circle with a rather long name",
				"recovery", "en", 12, "Be kind.", List.of("can_restrict_members"), null, now, now, "root-admin",
				PeerGroup.SCHEMA_VERSION));
		this.mongo.getCollection("group_moderation_log")
			.replaceOne(new org.bson.Document("_id", "walk:warn:4904"),
					new org.bson.Document("_id", "walk:warn:4904").append("groupChatId", -1_000_004_903L)
						.append("chatId", 4904L)
						.append("action", "WARN")
						.append("breach", "BANNED_WORDS")
						.append("by", "telegram:1000")
						.append("cause", "report")
						.append("at", java.util.Date.from(now))
						.append("schemaVersion", 1),
					new com.mongodb.client.model.ReplaceOptions().upsert(true));
		this.mongo.getCollection("group_held_joins")
			.replaceOne(new org.bson.Document("_id", "-1000004903:4905"),
					new org.bson.Document("_id", "-1000004903:4905").append("groupChatId", -1_000_004_903L)
						.append("chatId", 4905L)
						.append("at", java.util.Date.from(now))
						.append("schemaVersion", 1),
					new com.mongodb.client.model.ReplaceOptions().upsert(true));
		if (this.accounts.findByUsername("walk-mod").isEmpty()) {
			StaffAccount moderator = this.staff.create("walk-mod", "walk-horse-12", PanelRole.MODERATOR,
					Locale.ENGLISH);
			moderator.limitToProgrammes(Set.of("recovery"));
			this.staff.save(moderator);
		}
		sandboxGroups();
	}

	/**
	 * Test groups in the sandbox, so that the sandbox page shows a group window: the
	 * admin's with a post, the limited moderator's waiting to be activated from there.
	 */
	private void sandboxGroups() {
		sandboxGroup("root-admin", "Walk test group", "Hello from the owner");
		sandboxGroup("walk-mod", "Walk-mod test group", null);
	}

	private void sandboxGroup(String username, String title, String post) {
		String staffId = this.accounts.findByUsername(username).orElseThrow().getId();
		List<Long> known = this.mongo.getCollection("sandbox_groups")
			.find(new org.bson.Document("staffId", staffId))
			.map((group) -> group.getLong("_id"))
			.into(new ArrayList<>());
		if (known.stream()
			.anyMatch((chat) -> this.emulator.users()
				.groupChat(chat)
				.filter((group) -> group.title().equals(title))
				.isPresent() && this.mongo.findById(chat, PeerGroup.class) != null)) {
			// made for an earlier test, and neither the emulator nor the bot forgot it
			// since
			return;
		}
		long chat = this.emulator.users().createGroup(title);
		if (post != null) {
			this.emulator.users().sendGroupText(chat, SandboxUsers.DEFAULT_GROUP_OWNER, post);
		}
		this.mongo.getCollection("sandbox_groups")
			.insertOne(new org.bson.Document("_id", chat).append("staffId", staffId)
				.append("createdAt", java.util.Date.from(Instant.now()))
				.append("schemaVersion", 1));
		await().until(() -> this.mongo.findById(chat, PeerGroup.class) != null);
	}

	@AfterEach
	void backToTheDesktop(Browser browser) {
		browser.checks().desktop();
		new ParticipantPageFixture(this.mongo, this.participants).clear(WALKER);
		this.mongo.remove(Query.query(Criteria.where("_id").is(WALKER)), Participant.class);
	}

	@Test
	void everyPageAnAdminReachesFitsAPhoneAndPassesTheAccessibilityChecks(Browser browser) {
		browser.signIn("root-admin", "correct-horse-1");
		browser.checks().phoneWidth(PHONE);
		List<String> problems = new ArrayList<>();

		Set<String> walked = walk(browser, problems, new LinkedHashSet<>());

		// Tests run without a bot token: the whole service is the sandbox, and every page
		// says so.
		assertThat(browser.text(By.id("sandbox-mode")))
			.contains("Every person listed or counted here is a test person");
		// one group's page is walked (one page a kind); the moderation form's refused
		// page is tried on the active group below
		assertThat(walked).contains("/groups/moderation-log").anyMatch((path) -> path.matches("/groups/-\\d+"));
		assertThat(walked).contains("/", "/alerts", "/volunteers", "/volunteers/V-walk-1", "/participants", "/groups",
				"/sandbox", "/dead-letters", "/scripts", "/staff", "/staff/new", "/audit", "/account",
				"/dead-letters/u4902-0/discard", "/programmes", "/programmes/recovery", "/crisis-words",
				"/crisis-words/en");
		assertThat(walked).anyMatch((path) -> path.startsWith("/participants/P-"));
		// the walk sees one page a kind: these kinds also with their figures filled in (a
		// relay that carried messages, a volunteer with requests now and before)
		for (String page : List.of("/requests/" + CLAIMED_REQUEST, "/volunteers/V-walk-2")) {
			check(browser.open(page), page, problems);
		}
		assertThat(browser.findAll(By.cssSelector("#caseload-open a, #caseload-past a"))).hasSize(2);
		assertThat(problems).as("pages walked: %s", walked).isEmpty();
		browser.open("/sandbox");
		// staff without a limit see every test group, the newest first
		assertThat(browser.text(By.cssSelector(".phones"))).contains("Walk test group", "Hello from the owner",
				"Walk-mod test group");
	}

	@Test
	void aLimitedModeratorsPagesAndTheErrorAndSignInPagesPassToo(Browser browser) {
		browser.checks().phoneWidth(PHONE);
		List<String> problems = new ArrayList<>();
		check(browser.open("/login"), "/login", problems);
		browser.signIn("walk-mod", "not-the-password");
		check(browser, "/login?error", problems);
		tiedToItsField(browser, "/login", "username", problems);

		browser.signIn("walk-mod", "walk-horse-12");
		Set<String> walked = walk(browser, problems, new LinkedHashSet<>());
		check(browser.open("/staff"), "/staff (403)", problems);
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Not allowed");
		check(browser.open("/no-such-page"), "/no-such-page (404)", problems);

		assertThat(walked).contains("/", "/volunteers", "/audit", "/programmes/recovery")
			.doesNotContain("/staff", "/crisis-words", "/programmes/circles");
		browser.open("/sandbox");
		assertThat(browser.text(By.cssSelector("[data-group]"))).contains("Walk-mod test group",
				"Activate for Recovery programme");
		assertThat(walked).anyMatch((path) -> path.startsWith("/participants/P-"));
		assertThat(problems).isEmpty();
	}

	/**
	 * The pages a refused form shows, which no link reaches: every form the walk found
	 * that takes input is filled wrongly and sent, and the page that answers passes the
	 * same checks as every other page, with the error tied to its field (aria-invalid,
	 * aria-describedby naming the error) and the focus on that field.
	 */
	@Test
	void everyFormRefusedForWrongInputTiesTheErrorToItsFieldAndPassesTheChecks(Browser browser) {
		browser.signIn("root-admin", "correct-horse-1");
		browser.checks().phoneWidth(PHONE);
		List<String> problems = new ArrayList<>();
		Set<String> forms = new LinkedHashSet<>();
		walk(browser, null, forms);
		assertThat(forms).as("forms found")
			.contains("/staff", "/volunteers/{id}/approve", "/groups/{id}/activate", "GET /audit",
					"GET /groups/moderation-log");

		for (String form : forms) {
			if (!FORMS_WITHOUT_ERRORS.contains(form) && !INVALID_INPUTS.containsKey(form)) {
				problems.add(form + ": a form that takes input has no wrong input to try here");
			}
		}
		// Every case, also for forms on pages the walk saw only one of (it walks one
		// volunteer's page: a pending or an approved one).
		INVALID_INPUTS.forEach((form, input) -> {
			input.send(browser);
			check(browser, form + " (refused)", problems);
			tiedToItsField(browser, form, input.field(), problems);
		});
		// Reject: the confirm page is shown only after the application's form is sent,
		// and a note too long is refused there.
		new InvalidInput("/volunteers/V-walk-1", "#reject", "set('note', 'a note typed on the application');", "")
			.send(browser);
		check(browser, "/volunteers/{id}/reject/confirm", problems);
		assertThat(browser.find(By.id("note")).getDomProperty("value")).isEqualTo("a note typed on the application");
		new InvalidInput(null, "#confirm", "set('note', 'n'.repeat(1001));", "note").send(browser);
		check(browser, "/volunteers/{id}/reject (refused)", problems);
		tiedToItsField(browser, "/volunteers/{id}/reject", "note", problems);
		assertThat(problems).as("forms tried: %s", forms).isEmpty();
	}

	@Test
	void onAPhoneTheMenuFoldsBehindItsButtonAndOpensWithinTheScreen(Browser browser) {
		browser.signIn("root-admin", "correct-horse-1");
		browser.checks().phoneWidth(PHONE);
		browser.open("/volunteers");
		WebElement toggle = browser.find(By.id("menu-toggle"));
		WebElement menu = browser.find(By.id("menu"));
		assertThat(menu.isDisplayed()).isFalse();

		toggle.click();
		assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("true");
		assertThat(menu.isDisplayed()).isTrue();
		assertThat(browser.find(By.cssSelector("#menu a[aria-current='page']")).getText()).isEqualTo("Volunteers");
		assertThat(browser.checks().horizontalOverflow()).isZero();

		browser.checks().desktop();
		browser.open("/volunteers");
		assertThat(browser.find(By.id("menu-toggle")).isDisplayed()).isFalse();
		assertThat(browser.find(By.id("menu")).isDisplayed()).isTrue();
	}

	@Test
	void theSkipLinkIsTheFirstTabStopAndMovesFocusToTheContent(Browser browser) {
		browser.signIn("root-admin", "correct-horse-1");
		browser.open("/audit");
		browser.find(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
		WebElement skip = browser.driver().switchTo().activeElement();
		assertThat(skip.getText()).isEqualTo("Skip to the content");
		assertThat(skip.getRect().getY()).isGreaterThanOrEqualTo(0);

		skip.sendKeys(org.openqa.selenium.Keys.ENTER);
		assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("content");
		browser.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
		assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("actor");
	}

	@Test
	void theChecksFailAPageThatBreaksTheRules(Browser browser) {
		browser.signIn("root-admin", "correct-horse-1");
		browser.checks().phoneWidth(PHONE);
		browser.open("/audit");
		((JavascriptExecutor) browser.driver()).executeScript(
				"""
						// Styles through the DOM: the panel's CSP refuses style attributes in markup.
						var main = document.querySelector('main');
						main.insertAdjacentHTML('beforeend', '<img src="/css/panel.css"><input id="unlabelled"><h1>second</h1>');
						var pale = document.createElement('p');
						pale.textContent = 'pale words';
						pale.style.color = '#bbbbbb';
						var wide = document.createElement('div');
						wide.textContent = 'wide';
						wide.style.width = '900px';
						main.append(pale, wide);
						var paleField = document.createElement('input');
						paleField.id = 'pale-field';
						paleField.setAttribute('aria-label', 'pale');
						paleField.style.borderColor = '#d8dde6';
						var label = document.createElement('label');
						var box = document.createElement('input');
						box.type = 'checkbox';
						box.id = 'box-above';
						box.style.display = 'block';
						box.style.width = '100%';
						var words = document.createElement('span');
						words.textContent = 'words';
						label.append(box, words);
						main.append(paleField, label);
						""");

		PageChecks checks = browser.checks();
		assertThat(checks.horizontalOverflow()).isPositive();
		assertThat(checks.ownViolations()).anyMatch((problem) -> problem.contains("2 h1"))
			.anyMatch((problem) -> problem.contains("without a label: unlabelled"))
			.anyMatch((problem) -> problem.startsWith("the border of pale-field has 1."))
			.anyMatch((problem) -> problem.equals("the box box-above is not on the line before its words"));
		assertThat(checks.axeViolations()).anyMatch((violation) -> violation.startsWith("critical image-alt"))
			.anyMatch((violation) -> violation.startsWith("serious color-contrast"))
			.anyMatch((violation) -> violation.startsWith("critical label"));
	}

	/**
	 * Follows the panel's links breadth first from the dashboard, checking each page once
	 * (unless {@code problems} is null) and noting the kinds of the forms that take
	 * input.
	 */
	private Set<String> walk(Browser browser, List<String> problems, Set<String> forms) {
		Set<String> seen = new LinkedHashSet<>();
		Set<String> kinds = new LinkedHashSet<>();
		Deque<String> next = new ArrayDeque<>(List.of("/"));
		while (!next.isEmpty()) {
			String target = next.poll();
			if (!kinds.add(kind(target))) {
				continue;
			}
			assertThat(kinds).as("pages walked").hasSizeLessThanOrEqualTo(MOST_PAGES);
			browser.open(target);
			seen.add(browser.path());
			if (problems != null) {
				check(browser, target, problems);
			}
			forms.addAll(formsTakingInput(browser));
			for (WebElement link : browser.findAll(By.cssSelector("a[href]"))) {
				String local = local(browser, link.getDomProperty("href"));
				if (local != null) {
					next.add(local);
				}
			}
			// a button that only leads to a page (a destructive action's confirm page)
			for (WebElement form : browser.findAll(By.cssSelector("main form[method=get]"))) {
				if (form.findElements(By.cssSelector("input:not([type=hidden]), select, textarea")).isEmpty()) {
					String local = local(browser, form.getDomProperty("action"));
					if (local != null) {
						next.add(local);
					}
				}
			}
		}
		return seen;
	}

	/** The kinds of the page's forms that have a field to fill (not only buttons). */
	@SuppressWarnings("unchecked")
	private static List<String> formsTakingInput(Browser browser) {
		List<String> actions = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("""
				return Array.prototype.filter.call(document.querySelectorAll('main form'), function (form) {
				  return form.querySelector('input:not([type=hidden]):not([type=submit]), select, textarea') !== null;
				}).map(function (form) {
				  // attributes, not properties: a field named "action" hides form.action
				  return ((form.getAttribute('method') || 'get').toLowerCase() === 'get' ? 'GET ' : '')
				      + new URL(form.getAttribute('action') || location.href, location.href).pathname;
				});
				""");
		return actions.stream()
			.map((action) -> action.startsWith("GET ") ? "GET " + kind(action.substring(4)).replace("?", "")
					: kind(action).replace("?", ""))
			.toList();
	}

	/**
	 * Whether the refused form's page has one error, with role alert, that the expected
	 * field (and only fields marked invalid) point at, and whether the focus is on the
	 * first field marked.
	 */
	private static void tiedToItsField(Browser browser, String form, String field, List<String> problems) {
		Object found = ((JavascriptExecutor) browser.driver()).executeScript("""
				var field = arguments[0], problems = [];
				var error = document.getElementById('form-error');
				if (!error || !error.textContent.trim() || error.getAttribute('role') !== 'alert') {
				  return ['no error sentence with role alert'];
				}
				var invalid = document.querySelectorAll('[aria-invalid=true]');
				if (invalid.length === 0 || !document.getElementById(field)
				    || document.getElementById(field).getAttribute('aria-invalid') !== 'true') {
				  problems.push(field + ' is not marked aria-invalid');
				}
				invalid.forEach(function (element) {
				  if ((element.getAttribute('aria-describedby') || '').split(' ').indexOf('form-error') < 0) {
				    problems.push(element.id + ' is not described by the error');
				  }
				});
				if (invalid.length > 0 && !invalid[0].contains(document.activeElement)) {
				  problems.push('the focus is on ' + (document.activeElement.id || document.activeElement.tagName)
				      + ', not on ' + invalid[0].id);
				}
				return problems;
				""", field);
		((List<?>) found).forEach((problem) -> problems.add(form + " (refused): " + problem));
	}

	private static void check(Browser browser, String page, List<String> problems) {
		PageChecks checks = browser.checks();
		long overflow = checks.horizontalOverflow();
		if (overflow > 0) {
			problems.add(page + ": " + overflow + " px wider than a " + PHONE + " px screen");
		}
		checks.ownViolations().forEach((problem) -> problems.add(page + ": " + problem));
		// Destructive actions are buttons.
		browser.findAll(By.cssSelector("main a.danger"))
			.forEach((link) -> problems.add(page + ": a destructive action is a link: " + link.getText()));
		checks.axeViolations().forEach((violation) -> problems.add(page + ": " + violation));
	}

	/**
	 * A wrong input for one form: the page that shows the form (null: the page shown
	 * now), a CSS selector of the form (or of an element in it, or of the button that
	 * sends it), a script that fills it with {@code set(id, value)} at hand, and the id
	 * of the field to blame.
	 */
	private record InvalidInput(String page, String form, String fill, String field) {

		void send(Browser browser) {
			if (this.page != null) {
				browser.open(this.page);
			}
			if ("/staff".equals(this.page)) {
				// the walk-mod account's own pages, found from the list
				String action = this.form.contains("password") ? "password" : "programmes";
				browser.open(URI.create(browser.find(By.cssSelector("a[href*='/staff/'][href$='/" + action + "']"))
					.getDomProperty("href")).getPath());
			}
			WebElement target = browser.find(By.cssSelector(this.form));
			((JavascriptExecutor) browser.driver()).executeScript("""
					var form = arguments[0].form || arguments[0].closest('form') || arguments[0];
					form.noValidate = true;
					function set(id, value) { document.getElementById(id).value = value; }
					""" + this.fill, target);
			WebElement button = target.getTagName().equals("button") ? target
					: ((WebElement) ((JavascriptExecutor) browser.driver()).executeScript(
							"var form = arguments[0].closest('form') || arguments[0].querySelector('form') || arguments[0];"
									+ " return form.querySelector('button[type=submit], button:not([type])');",
							target));
			WebElement html = browser.find(By.tagName("html"));
			button.click();
			new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
				.until((driver) -> isStale(html));
		}

		private static boolean isStale(WebElement element) {
			try {
				element.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.WebDriverException ex) {
				return true;
			}
		}

	}

	/**
	 * The panel path and query of a link, or null for a link elsewhere or one that acts.
	 */
	private static String local(Browser browser, String href) {
		URI uri = URI.create(href);
		URI here = URI.create(browser.driver().getCurrentUrl());
		if (uri.getHost() == null || !uri.getHost().equals(here.getHost()) || uri.getPort() != here.getPort()) {
			return null;
		}
		String path = uri.getRawPath();
		if (path.startsWith("/logout") || path.startsWith("/css/") || path.startsWith("/js/")) {
			return null;
		}
		return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
	}

	/**
	 * A page's kind: its path with ids blanked and the names of its query parameters, so
	 * that a list's hundred rows or pages are walked once.
	 */
	private static String kind(String target) {
		int query = target.indexOf('?');
		String path = (query >= 0) ? target.substring(0, query) : target;
		String params = (query >= 0) ? Arrays.stream(target.substring(query + 1).split("&"))
			.map((pair) -> pair.split("=", 2)[0])
			.sorted()
			.collect(Collectors.joining("&")) : "";
		return path.replaceAll("/[^/]*\\d[^/]*", "/{id}") + "?" + params;
	}

}
