package org.peersupport.web.participants;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.web.support.Browser;
import org.peersupport.web.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A participant's page in a real browser, opened from the participants list: the mood
 * chart is drawn by uPlot from its WebJar under the panel's Content Security Policy (a
 * canvas, no console error), the same points stand in a table, and the page passes axe
 * and the panel's own checks at a phone's width without sideways scrolling.
 */
@BrowserTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
class ParticipantPageBrowserTests {

	private static final long HERON = 7_773_000_001L;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Participants participants;

	@AfterEach
	void clear() {
		new ParticipantPageFixture(this.mongo, this.participants).clear(HERON);
		this.mongo.remove(new Query(), Participant.class);
	}

	@Test
	void theMoodChartIsDrawnWithoutConsoleErrorsBesideItsTable(Browser browser) {
		this.mongo.remove(new Query(), Participant.class);
		new ParticipantPageFixture(this.mongo, this.participants).seed(HERON, "recovery", "Heron", Instant.now());

		browser.signIn("root-admin", "correct-horse-1");
		browser.open("/participants");
		browser.consoleErrors();
		browser.clickAndWait(By.linkText("Heron"));

		assertThat(browser.path()).startsWith("/participants/P-");
		await().until(() -> !browser.findAll(By.cssSelector("#mood-chart canvas")).isEmpty());
		assertThat(browser.find(By.cssSelector("#mood-chart canvas")).getSize().getWidth()).isGreaterThan(100);
		assertThat(browser.consoleErrors()).isEmpty();
		assertThat(browser.findAll(By.cssSelector("#mood-table tbody tr"))).hasSize(3);
		assertThat(browser.text(By.id("mood-table"))).contains("2 – bad", "4 – good", "5 – very good");
		assertThat(browser.text(By.id("mood-summary"))).contains("Answers: 3");
		assertThat(browser.text(By.cssSelector("#check-ins .rate-recent"))).isEqualTo("2 of 4 (50%)");
		assertThat(browser.pageText()).doesNotContain(ParticipantPageFixture.WORD, ParticipantPageFixture.SUMMARY,
				Long.toString(HERON));
		assertThat(browser.checks().axeViolations()).isEmpty();
		assertThat(browser.checks().ownViolations()).isEmpty();

		browser.checks().phoneWidth(390);
		browser.driver().navigate().refresh();
		await().until(() -> !browser.findAll(By.cssSelector("#mood-chart canvas")).isEmpty());
		assertThat(browser.checks().horizontalOverflow()).isZero();
		assertThat(browser.consoleErrors()).isEmpty();
		browser.checks().desktop();
	}

}
