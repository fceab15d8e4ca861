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
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.scripts.DefaultScripts;
import org.peersupport.web.security.PanelRole;
import org.peersupport.web.security.StaffAccount;
import org.peersupport.web.security.StaffAccountRepository;
import org.peersupport.web.security.StaffAccounts;
import org.peersupport.web.support.Browser;
import org.peersupport.web.support.BrowserTest;
import org.peersupport.web.support.PageChecks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page staff reach, found by following the panel's own links from the dashboard (so
 * a page a feature adds later is walked too), at a phone's width of 390 CSS pixels: no
 * page scrolls sideways, axe-core finds no serious or critical violation, and each page
 * has a skip link first, one h1, one main landmark, a language, a label on every field
 * and the menu marking where you are. Error pages and the sign-in page are opened by
 * hand; pages shown only after a POST (a form's errors, a confirmation carrying a note)
 * are not reached.
 */
@BrowserTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
class EveryPageBrowserTests {

	private static final int PHONE = 390;

	/** Enough for every page kind with some data; a crawl that grows past it is a bug. */
	private static final int MOST_PAGES = 80;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	StaffAccounts staff;

	@Autowired
	StaffAccountRepository accounts;

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
	}

	@AfterEach
	void backToTheDesktop(Browser browser) {
		browser.checks().desktop();
	}

	@Test
	void everyPageAnAdminReachesFitsAPhoneAndPassesTheAccessibilityChecks(Browser browser) {
		browser.signIn("root-admin", "correct-horse-1");
		browser.checks().phoneWidth(PHONE);
		List<String> problems = new ArrayList<>();

		Set<String> walked = walk(browser, problems);

		// Tests run without a bot token: the whole service is the sandbox, and every page
		// says so.
		assertThat(browser.text(By.id("sandbox-mode")))
			.contains("Every person listed or counted here is a test person");
		assertThat(walked).contains("/groups/-1000004903", "/groups/moderation-log");
		assertThat(walked).contains("/", "/alerts", "/volunteers", "/volunteers/V-walk-1", "/participants", "/groups",
				"/sandbox", "/dead-letters", "/scripts", "/staff", "/staff/new", "/audit", "/account");
		assertThat(problems).as("pages walked: %s", walked).isEmpty();
	}

	@Test
	void aLimitedModeratorsPagesAndTheErrorAndSignInPagesPassToo(Browser browser) {
		browser.checks().phoneWidth(PHONE);
		List<String> problems = new ArrayList<>();
		check(browser.open("/login"), "/login", problems);

		browser.signIn("walk-mod", "walk-horse-12");
		Set<String> walked = walk(browser, problems);
		check(browser.open("/staff"), "/staff (403)", problems);
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Not allowed");
		check(browser.open("/no-such-page"), "/no-such-page (404)", problems);

		assertThat(walked).contains("/", "/volunteers", "/audit").doesNotContain("/staff");
		assertThat(problems).isEmpty();
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
						""");

		PageChecks checks = browser.checks();
		assertThat(checks.horizontalOverflow()).isPositive();
		assertThat(checks.ownViolations()).anyMatch((problem) -> problem.contains("2 h1"))
			.anyMatch((problem) -> problem.contains("without a label: unlabelled"));
		assertThat(checks.axeViolations()).anyMatch((violation) -> violation.startsWith("critical image-alt"))
			.anyMatch((violation) -> violation.startsWith("serious color-contrast"))
			.anyMatch((violation) -> violation.startsWith("critical label"));
	}

	/**
	 * Follows the panel's links breadth first from the dashboard, checking each page
	 * once.
	 */
	private Set<String> walk(Browser browser, List<String> problems) {
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
			check(browser, target, problems);
			for (WebElement link : browser.findAll(By.cssSelector("a[href]"))) {
				String local = local(browser, link.getDomProperty("href"));
				if (local != null) {
					next.add(local);
				}
			}
		}
		return seen;
	}

	private static void check(Browser browser, String page, List<String> problems) {
		PageChecks checks = browser.checks();
		long overflow = checks.horizontalOverflow();
		if (overflow > 0) {
			problems.add(page + ": " + overflow + " px wider than a " + PHONE + " px screen");
		}
		checks.ownViolations().forEach((problem) -> problems.add(page + ": " + problem));
		checks.axeViolations().forEach((violation) -> problems.add(page + ": " + violation));
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
