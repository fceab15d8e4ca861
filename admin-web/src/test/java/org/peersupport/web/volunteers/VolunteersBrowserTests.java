package org.peersupport.web.volunteers;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.web.support.Browser;
import org.peersupport.web.support.BrowserTest;
import org.peersupport.web.support.TelegramUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A volunteer signs up in the sandbox emulator and a moderator approves them in the
 * panel.
 */
@BrowserTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1",
		"peer.messaging.rate.enabled=false" })
class VolunteersBrowserTests {

	@Autowired
	BotApiEmulator emulator;

	@Autowired
	MongoTemplate mongo;

	@BeforeEach
	void noTelegramLimits() {
		this.emulator.limits(EmulatorLimits.off());
	}

	@Test
	void aVolunteerWhoSignedUpInTelegramIsApprovedInThePanelAndToldInTheChat(Browser browser) {
		TelegramUser vera = new TelegramUser(this.emulator, this.mongo, 4801, "en");
		signUp(vera);

		browser.signIn("root-admin", "correct-horse-1");
		browser.clickAndWait(By.linkText("Volunteers"));
		browser.type("region", "warsaw").clickAndWait(By.id("filter"));
		assertThat(browser.text(By.id("volunteers"))).contains("Waiting for approval", "medicine", "pl, en")
			.doesNotContain("Vera");
		browser.clickAndWait(By.cssSelector("#volunteers tbody a"));
		assertThat(browser.text(By.id("volunteer-details"))).contains("Vera Volunteer", "+48 600 100 200", "insulin");
		assertThat(browser.text(By.id("volunteer-programme"))).isEqualTo("Families with mentors");
		assertThat(browser.text(By.id("approve-form"))).contains("Mentors' school finished",
				"Written consent and confidentiality agreement signed");

		browser.clickAndWait(By.id("approve"));
		assertThat(browser.text(By.tagName("main"))).contains("Check the volunteer’s identity before approving.");
		browser.find(By.id("check-identity-checked")).click();
		browser.find(By.id("check-reference-contacted")).click();
		browser.clickAndWait(By.id("approve"));
		assertThat(browser.text(By.tagName("main")))
			.contains("Tick every required item of the checklist before approving.");
		assertThat(browser.find(By.id("check-identity-checked")).isSelected()).isTrue();
		browser.find(By.id("check-mentor-school")).click();
		browser.type("note", "See you on Monday").clickAndWait(By.id("approve"));

		assertThat(browser.pageText()).contains("The application was approved");
		assertThat(browser.text(By.id("volunteer-status"))).isEqualTo("Approved");
		await().atMost(Duration.ofSeconds(20)).until(() -> vera.lastText().startsWith("Good news"));
		assertThat(vera.lastText()).endsWith("Message from the moderator: See you on Monday");
	}

	private static void signUp(TelegramUser vera) {
		vera.says("/start volunteer-family-mentors");
		vera.presses("English").presses("I agree");
		vera.sees("What is your name?");
		vera.says("Vera Volunteer").says("+48 600 100 200");
		vera.presses("Skip this question");
		vera.presses("Safeguarding").presses("Done");
		vera.presses("I can buy medicine").presses("Done");
		vera.says("insulin");
		vera.presses("Polish").presses("English").presses("Done");
		vera.says("Warsaw");
		vera.presses("Mon").presses("Sat").presses("Done");
		vera.presses("Evening (17–22)").presses("Done");
		vera.presses("22:00–8:00");
		vera.says("3");
		vera.sees("Thank you, Vera Volunteer! Your application has been sent.");
	}

}
