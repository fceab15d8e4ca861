package org.peersupport.web.deadletters;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.peersupport.messaging.OutboundAction;
import org.peersupport.messaging.OutboxEntry;
import org.peersupport.messaging.OutboxState;
import org.peersupport.web.support.Browser;
import org.peersupport.web.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The dead-letters page in a real browser. */
@BrowserTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
class DeadLettersBrowserTests {

	@Autowired
	MongoTemplate mongo;

	@Test
	void moderatorSeesADeadLetterWithoutItsTextAndDiscardsItAfterConfirming(Browser browser) {
		Instant now = Instant.now();
		this.mongo.insert(new OutboxEntry("u951-0", "u951", 0, OutboundAction.SEND_MESSAGE, 5151L, false,
				"I am Jan from Gdansk", List.of(), null, null, null, null, false, OutboxState.DEAD, 1, now, 400,
				"Bad Request: message is too long", null, now, now, OutboxEntry.SCHEMA_VERSION));
		browser.signIn("root-admin", "correct-horse-1");
		assertThat(browser.pageText()).contains("Dead letters");

		browser.clickAndWait(By.linkText("Dead letters"));
		String row = browser.text(By.cssSelector("tr[data-id='u951-0']"));
		assertThat(row)
			.contains("A message of 20 characters", "longer than Telegram allows", "Tell whoever edits the scripts",
					"Telegram said: 400 Bad Request: message is too long (after one attempt)")
			.doesNotContain("SEND_MESSAGE");
		assertThat(browser.pageText()).doesNotContain("Jan", "Gdansk");

		browser.clickAndWait(By.cssSelector("tr[data-id='u951-0'] button.discard"));
		assertThat(browser.text(By.tagName("main"))).contains("Discard the dead letter u951-0?");
		browser.clickAndWait(By.id("confirm"));

		assertThat(browser.path()).isEqualTo("/dead-letters");
		assertThat(browser.pageText()).contains("The dead letter was discarded.");
		assertThat(browser.findAll(By.cssSelector("tr[data-id='u951-0']"))).isEmpty();
		browser.open("/audit?objectId=u951-0");
		assertThat(browser.text(By.id("audit-entries"))).contains("root-admin",
				"Discarded a message Telegram did not deliver", "Undelivered message u951-0");
	}

}
