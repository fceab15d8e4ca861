package org.peersupport.web.participants;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.safety.Alert;
import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.safety.Alerts;
import org.peersupport.web.support.Browser;
import org.peersupport.web.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The participants page in a real browser: a participant who wrote something the bot
 * could not place waits for a person; the dashboard card leads to them, the filters
 * narrow the list, and no Telegram identity shows.
 */
@BrowserTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
class ParticipantsBrowserTests {

	private static final long FOX = 7_771_000_001L;

	private static final long WREN = 7_771_000_002L;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Participants participants;

	@Autowired
	Alerts alerts;

	@Autowired
	BotApiEmulator emulator;

	@Test
	void theNeedAPersonCardLeadsToTheParticipantWhoWaitsAndTheFiltersNarrowTheList(Browser browser) {
		this.mongo.remove(new Query(), Participant.class);
		this.mongo.remove(new Query(), Alert.class);
		this.emulator.limits(EmulatorLimits.off());
		onboard(FOX, "recovery", "Fox");
		onboard(WREN, "circles", "Wren");
		// A crisis message, through the bot, raises an alert about Fox: Fox waits for a
		// person.
		this.emulator.users().sendText(FOX, "I want to kill myself", "en");
		await().until(() -> this.alerts.countPending(null) == 1);

		browser.signIn("root-admin", "correct-horse-1");
		assertThat(browser.text(By.cssSelector("a.card-link[href='/participants?standing=NEEDS_PERSON']")))
			.contains("Need a person", "1");
		browser.clickAndWait(By.cssSelector("a.card-link[href='/participants?standing=NEEDS_PERSON']"));

		assertThat(browser.path()).isEqualTo("/participants");
		assertThat(new Select(browser.find(By.id("standing"))).getFirstSelectedOption().getText())
			.isEqualTo("Needs a person");
		assertThat(browser.text(By.id("participants"))).contains("Fox", "Recovery programme", "Needs a person")
			.doesNotContain("Wren");

		new Select(browser.find(By.id("standing"))).selectByVisibleText("Any");
		new Select(browser.find(By.id("programme"))).selectByVisibleText("Circles of support");
		browser.clickAndWait(By.id("filter"));
		String circles = browser.text(By.id("participants"));
		assertThat(circles).contains("Wren", "Circles of support", "Waiting for a group").doesNotContain("Fox");

		browser.open("/participants");
		assertThat(browser.pageText()).contains("Fox", "Wren").doesNotContain(Long.toString(FOX), Long.toString(WREN));
		assertThat(browser.driver().getPageSource()).doesNotContain(Long.toString(FOX), Long.toString(WREN));

		browser.clickAndWait(By.cssSelector("tr[data-standing='NEEDS_PERSON'] a[href='/alerts']"));
		assertThat(browser.path()).isEqualTo("/alerts");
	}

	private void onboard(long chatId, String programme, String pseudonym) {
		this.participants.recordConsent(chatId, "en", "onboarding@2", Instant.now());
		this.participants.completeOnboarding(chatId, programme, Map.of("pseudonym", pseudonym), Instant.now());
	}

}
