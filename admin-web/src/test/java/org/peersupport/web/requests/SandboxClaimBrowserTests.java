package org.peersupport.web.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peersupport.participants.Participants;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.participants.Volunteers;
import org.peersupport.requests.HelpRequest;
import org.peersupport.requests.HelpRequests;
import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.web.support.Browser;
import org.peersupport.web.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sandbox phones and the queue in a real browser: a participant's phone asks for a
 * person, an approved volunteer's phone gets the offer and takes it, the Requests queue
 * then lists the request as taken by that volunteer, and the two phones talk through the
 * relay, a test photo included (shown as a labelled placeholder with its caption); then
 * the team blocks the volunteer from the relay and lifts the block.
 */
@BrowserTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
class SandboxClaimBrowserTests {

	static final long PARTICIPANT = 7_774_000_001L;

	static final long VOLUNTEER = 7_774_000_011L;

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
	void aSandboxVolunteerTakesTheRequestTheQueueShowsItAndThePhonesTalkThroughTheRelay(Browser browser) {
		this.mongo.remove(new Query(), HelpRequest.class);
		this.mongo.remove(new Query(), Volunteer.class);
		this.emulator.limits(EmulatorLimits.off());
		// both have started the bot, as a person who signed up in Telegram has
		this.emulator.users().unblock(PARTICIPANT);
		this.emulator.users().unblock(VOLUNTEER);
		this.participants.recordConsent(PARTICIPANT, "en", "onboarding@1", Instant.now());
		this.participants.completeOnboarding(PARTICIPANT, "recovery", Map.of("pseudonym", "Brave Wren"), Instant.now());
		Map<String, Object> details = new HashMap<>(Map.of("realName", "Tomas Taker", "skills", List.of("time"),
				"languages", List.of("en"), "maxOpenRequests", 3, "quietHours", "none"));
		this.volunteers
			.submit(new Volunteer("V-sandbox-claim", VOLUNTEER, "en", "recovery", details, VolunteerStatus.APPROVED,
					"volunteer-signup@3", Instant.now(), Instant.now(), null, Instant.now(), Volunteer.SCHEMA_VERSION));
		String phones = "/sandbox?phone=" + PARTICIPANT + "&phone=" + VOLUNTEER;
		String participantPhone = "[data-phone='" + PARTICIPANT + "']";
		String volunteerPhone = "[data-phone='" + VOLUNTEER + "']";

		browser.signIn("root-admin", "correct-horse-1");
		browser.open(phones);
		say(browser, PARTICIPANT, "I would like to talk to someone");
		By take = By.xpath("//*[@data-phone='" + VOLUNTEER + "']//button[@class='press' and text()='✋ Take it']");
		waitFor(browser, take);
		HelpRequest request = this.requests.activeOf(PARTICIPANT).get(0);
		long number = request.number();
		assertThat(browser.text(By.cssSelector(volunteerPhone + " .phone-messages")))
			.contains("🆕 Request No. " + number + ": Talk to a person, today.", "From: Brave Wren");

		String row = "#requests tr[data-number='" + number + "']";
		browser.open("/requests");
		assertThat(browser.text(By.cssSelector(row))).contains("Brave Wren", "Waiting for a volunteer")
			.doesNotContain("Tomas Taker");

		browser.open(phones);
		browser.find(take).click();
		waitFor(browser, By.xpath("//*[@data-phone='" + PARTICIPANT + "']//p[starts-with(text(), "
				+ "'A volunteer has taken your request No. " + number + "')]"));

		browser.open("/requests");
		assertThat(browser.text(By.cssSelector(row))).contains("Brave Wren", "Taken by a volunteer", "Tomas Taker");
		browser.clickAndWait(By.cssSelector(row + " a"));
		assertThat(browser.text(By.id("volunteer"))).isEqualTo("Tomas Taker");

		browser.open(phones);
		say(browser, PARTICIPANT, "Hello, are you there?");
		waitFor(browser,
				By.xpath("//*[@data-phone='" + VOLUNTEER + "']//p[contains(text(), 'Hello, are you there?')]"));
		assertThat(browser.text(By.cssSelector(volunteerPhone + " .phone-messages")))
			.contains("💬 Brave Wren (request No. " + number + "):");
		say(browser, VOLUNTEER, "Yes, I am here for you");
		waitFor(browser,
				By.xpath("//*[@data-phone='" + PARTICIPANT + "']//p[contains(text(), 'Yes, I am here for you')]"));
		assertThat(browser.text(By.cssSelector(participantPhone + " .phone-messages")))
			.contains("💬 Volunteer (request No. " + number + "):");

		// A test photo with a caption: the volunteer's phone shows the copy as a labelled
		// placeholder with the relay's header and the caption.
		browser.type("text-" + PARTICIPANT, "my appointment letter")
			.click(By.cssSelector(participantPhone + " .send-photo"));
		By copied = By.xpath("//*[@data-phone='" + VOLUNTEER + "']//li[p[@data-media='photo']]"
				+ "/p[@class='text' and contains(text(), 'my appointment letter')]");
		waitFor(browser, copied);
		assertThat(browser.text(copied)).contains("💬 Brave Wren (request No. " + number + "):");
		assertThat(browser
			.text(By.xpath("//*[@data-phone='" + VOLUNTEER + "']//li[p[@data-media='photo']]" + "/p[@class='media']")))
			.isEqualTo("📷 Photo");
		assertThat(browser.findAll(By.xpath("//*[@data-phone='" + PARTICIPANT
				+ "']//li[contains(@class, 'own')][p[@data-media='photo']]/p[text()='my appointment letter']")))
			.as("the sender's own photo, with its caption")
			.hasSize(1);
		await().until(() -> this.emulator.users()
			.messages(VOLUNTEER)
			.stream()
			.anyMatch((message) -> "photo".equals(message.media())));

		// The team blocks the volunteer from the relay (after a confirm page), then lifts
		// it.
		browser.open("/requests/" + number);
		browser.clickAndWait(By.id("block-volunteer"));
		assertThat(browser.pageText()).contains("Block the volunteer of request No. " + number + " from the relay?");
		browser.clickAndWait(By.id("confirm"));
		assertThat(browser.path()).isEqualTo("/requests/" + number);
		assertThat(browser.text(By.cssSelector("p.notice"))).isEqualTo("Blocked. Both sides are told in Telegram.");
		assertThat(browser.text(By.id("relay-blocks"))).contains("Volunteer V-sandbox-claim is blocked from the relay");
		assertThat(browser.text(By.id("history"))).contains("root-admin blocked Tomas Taker from the relay");
		browser.open(phones);
		waitFor(browser, By.xpath("//*[@data-phone='" + VOLUNTEER + "']//p[starts-with(text(), "
				+ "'Our team has stopped your conversations through the bot (request No. " + number + ")')]"));
		waitFor(browser, By.xpath("//*[@data-phone='" + PARTICIPANT + "']//p[starts-with(text(), "
				+ "'The conversation about your request No. " + number + " has ended')]"));
		browser.open("/requests/" + number);
		browser.clickAndWait(By.id("lift-VOLUNTEER"));
		assertThat(browser.text(By.cssSelector("p.notice"))).startsWith("The block is lifted.");
		assertThat(browser.findAll(By.id("relay-blocks"))).isEmpty();
		await().until(() -> this.emulator.users()
			.messages(VOLUNTEER)
			.stream()
			.anyMatch((message) -> "Our team has lifted the stop: I can offer you requests again."
				.equals(message.text())));
	}

	private static void say(Browser browser, long phone, String text) {
		browser.type("text-" + phone, text).click(By.cssSelector("[data-phone='" + phone + "'] .send-button"));
		waitFor(browser,
				By.xpath("//*[@data-phone='" + phone + "']//li[contains(@class, 'own')]/p[text()='" + text + "']"));
	}

	private static void waitFor(Browser browser, By element) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(element));
	}

}
