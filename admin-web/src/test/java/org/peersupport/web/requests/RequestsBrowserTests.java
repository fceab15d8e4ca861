package org.peersupport.web.requests;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.peersupport.participants.Participants;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.participants.Volunteers;
import org.peersupport.requests.HelpRequest;
import org.peersupport.requests.HelpRequests;
import org.peersupport.requests.Urgency;
import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.BotMessage;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.web.audit.AuditEntry;
import org.peersupport.web.support.Browser;
import org.peersupport.web.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A request nobody has taken, in a real browser: the dashboard card leads to it in the
 * queue (pseudonym, never what the participant wrote), its page offers only the
 * volunteers who match it, staff give it to one, who gets it in Telegram (through the
 * emulator) as the participant is told; then staff close it with how it ended.
 */
@BrowserTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
class RequestsBrowserTests {

	static final long PARTICIPANT = 7_773_000_001L;

	static final long VOLUNTEER = 7_773_000_011L;

	static final long OTHER_LANGUAGE = 7_773_000_012L;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	BotApiEmulator emulator;

	@Autowired
	Participants participants;

	@Autowired
	Volunteers volunteers;

	@Autowired
	HelpRequests requests;

	@Test
	void aWaitingRequestIsListedOpenedGivenToAMatchingVolunteerAndClosed(Browser browser) {
		this.mongo.remove(new Query(), HelpRequest.class);
		this.mongo.remove(new Query(), Volunteer.class);
		this.emulator.limits(EmulatorLimits.off());
		this.emulator.users().unblock(PARTICIPANT);
		this.emulator.users().unblock(VOLUNTEER);
		this.participants.recordConsent(PARTICIPANT, "en", "onboarding@1", Instant.now());
		this.participants.completeOnboarding(PARTICIPANT, "recovery", Map.of("pseudonym", "Quiet Heron"),
				Instant.now());
		volunteer("V-req-1", VOLUNTEER, "Vera Volunteer", "en");
		volunteer("V-req-2", OTHER_LANGUAGE, "Wanda Polish", "pl");
		long number = this.requests
			.create("R-browser-1", PARTICIPANT, "recovery", "talk", Urgency.TODAY, "MY-SECRET-WORDS", null, "en", false,
					Instant.now())
			.number();
		String row = "#requests tr[data-number='" + number + "']";

		browser.signIn("root-admin", "correct-horse-1");
		By card = By.cssSelector("a.card-link[href='/requests?show=WAITING']");
		assertThat(browser.text(card)).contains("Requests nobody has taken", "1");
		browser.clickAndWait(card);
		assertThat(browser.path()).isEqualTo("/requests");
		assertThat(browser.text(By.cssSelector(row))).contains("Quiet Heron", "Talk to a person", "Today",
				"Waiting for a volunteer", "Recovery programme");
		assertThat(browser.pageText()).doesNotContain("MY-SECRET-WORDS", Long.toString(PARTICIPANT));

		browser.clickAndWait(By.cssSelector(row + " a"));
		assertThat(browser.path()).isEqualTo("/requests/" + number);
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Help request No. " + number);
		List<String> choices = browser.findAll(By.cssSelector("#volunteer-choice option"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(choices).containsExactly("Vera Volunteer (0 open requests)");

		browser.clickAndWait(By.id("reassign-submit"));
		assertThat(browser.text(By.cssSelector("p.notice"))).startsWith("The request is given to the volunteer.");
		assertThat(browser.text(By.id("stage"))).contains("Taken by a volunteer");
		assertThat(browser.text(By.id("volunteer"))).isEqualTo("Vera Volunteer");
		assertThat(browser.text(By.id("history"))).contains("root-admin gave it to Vera Volunteer");
		await().until(() -> texts(VOLUNTEER).stream()
			.anyMatch((text) -> text
				.startsWith("🆕 Request No. " + number + ": Talk to a person, today.\nFrom: Quiet Heron")
					&& text.contains("🤝 Our team gave you request No. " + number + ".")));
		await().until(() -> texts(PARTICIPANT).contains("Another volunteer now helps with your request No. " + number
				+ ". Write here and I will pass your messages on."));
		assertThat(this.mongo.findOne(
				Query
					.query(Criteria.where("objectId").is(Long.toString(number)).and("action").is("request.reassigned")),
				AuditEntry.class))
			.satisfies((entry) -> {
				assertThat(entry.actorName()).isEqualTo("root-admin");
				assertThat(entry.programme()).isEqualTo("recovery");
				assertThat(entry.after()).containsEntry("volunteer", "V-req-1");
			});

		browser.click(By.id("outcome-REFERRED"));
		browser.clickAndWait(By.id("close-submit"));
		assertThat(browser.text(By.cssSelector("p.notice"))).isEqualTo("The request is closed.");
		assertThat(browser.text(By.id("outcome"))).isEqualTo("Referred elsewhere");
		assertThat(browser.findAll(By.id("close-form"))).isEmpty();
		await().until(() -> texts(VOLUNTEER)
			.contains("Our team closed request No. " + number + ". Thank you for your help."));

		browser.open("/requests");
		assertThat(browser.findAll(By.cssSelector(row))).isEmpty();
		browser.open("/requests?show=CLOSED");
		assertThat(browser.text(By.cssSelector(row))).contains("Closed", "Vera Volunteer", "Referred elsewhere");
	}

	private List<String> texts(long chatId) {
		return this.emulator.users().messages(chatId).stream().map(BotMessage::text).toList();
	}

	private void volunteer(String id, long chatId, String name, String language) {
		Map<String, Object> details = new HashMap<>(Map.of("realName", name, "skills", List.of("time"), "languages",
				List.of(language), "maxOpenRequests", 3, "quietHours", "none"));
		this.volunteers.submit(new Volunteer(id, chatId, language, "recovery", details, VolunteerStatus.APPROVED,
				"volunteer-signup@3", Instant.now(), Instant.now(), null, Instant.now(), Volunteer.SCHEMA_VERSION));
	}

}
