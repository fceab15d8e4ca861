package org.peersupport.web.alerts;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.peersupport.safety.Alert;
import org.peersupport.safety.Alerts;
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
 * A crisis message raised in bot-core, with no moderators' chat configured, shows on the
 * dashboard and the Alerts page in a real browser; "I'm on it" (the page says who took it
 * after how long, and the person is told someone is on it), then "Done".
 */
@BrowserTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
class AlertsBrowserTests {

	@Autowired
	MongoTemplate mongo;

	@Autowired
	BotApiEmulator emulator;

	@Autowired
	Alerts alerts;

	@Test
	void aCrisisAlertShowsOnTheDashboardAndTheAlertsPageIsTakenAndClosed(Browser browser) {
		this.mongo.remove(new Query(), Alert.class);
		this.emulator.limits(EmulatorLimits.off());
		this.emulator.users().sendText(7_772_000_001L, "I want to kill myself", "en");
		await().until(() -> this.alerts.countPending(null) == 1);
		String ref = this.alerts.list(null, true, 10).get(0).personRef();

		browser.signIn("root-admin", "correct-horse-1");
		assertThat(browser.text(By.cssSelector("a.card-link[href='/alerts']"))).contains("Alerts waiting for someone",
				"1");
		browser.clickAndWait(By.cssSelector("a.card-link[href='/alerts']"));

		assertThat(browser.path()).isEqualTo("/alerts");
		String row = browser.text(By.cssSelector("#alerts tr[data-reason='CRISIS']"));
		assertThat(row).contains("Crisis words", ref, "Waiting").doesNotContain("kill myself");
		assertThat(browser.pageText()).doesNotContain("7772000001");

		browser.clickAndWait(By.cssSelector("#alerts tr[data-reason='CRISIS'] button.take"));
		assertThat(browser.text(By.cssSelector("#alerts tr[data-reason='CRISIS']"))).contains("Someone is on it",
				"taken by root-admin after 0 min");
		// Taken in the panel, the person is told in Telegram that someone is on it.
		await().until(() -> this.emulator.users()
			.messages(7_772_000_001L)
			.stream()
			.anyMatch((message) -> message.text().startsWith("Someone from our team has seen your message")));
		assertThat(browser.findAll(By.cssSelector("#alerts tr[data-reason='CRISIS'] button.take"))).isEmpty();

		browser.clickAndWait(By.cssSelector("#alerts tr[data-reason='CRISIS'] button.close"));
		assertThat(browser.pageText()).contains("No alert is waiting.");
		browser.open("/alerts?all=true");
		assertThat(browser.text(By.cssSelector("#alerts tr[data-reason='CRISIS']"))).contains("Done",
				"closed by root-admin");
		browser.open("/");
		assertThat(browser.text(By.cssSelector("a.card-link[href='/alerts']"))).contains("0");
	}

}
