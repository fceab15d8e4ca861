package org.peersupport.web.volunteers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.peersupport.scripts.DefaultScripts;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;
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

	/**
	 * The shipped sign-up script's key: its labels are what the panel shows for answers.
	 */
	private static final String SHIPPED_SIGNUP = DefaultScripts.all()
		.stream()
		.filter((script) -> script.id().equals("volunteer-signup"))
		.findFirst()
		.orElseThrow()
		.key();

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
		assertThat(browser.text(By.id("volunteers")))
			.contains("Waiting for approval", "I can buy medicine", "Polish, English")
			.doesNotContain("Vera", "pl, en");
		browser.clickAndWait(By.cssSelector("#volunteers tbody a"));
		assertThat(browser.text(By.id("volunteer-details"))).contains("Vera Volunteer", "+48 600 100 200", "insulin",
				"Safeguarding", "Mon, Sat", "Evening (17–22)", "22:00–8:00");
		assertCheckboxBeforeItsWords(browser, "check-identity-checked");
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
		String application = browser.path();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> browser.open(application).text(By.id("volunteer-told")).equals("Delivered in Telegram."));
		assertThat(browser.text(By.id("decided-by"))).isEqualTo("root-admin");
		assertThat(browser.text(By.id("decided-checklist")))
			.contains("✓ Identity checked", "✓ Mentors' school finished")
			.contains("(not ticked)");
	}

	@Test
	void rejectKeepsTheNoteTypedOnTheApplicationPage(Browser browser) {
		this.mongo.insert(new Volunteer("V-browser-reject", 4802, "en", "recovery",
				Map.of("realName", "Rita Reject", "skills", List.of("lawyer"), "languages", List.of("pl")),
				VolunteerStatus.PENDING, SHIPPED_SIGNUP, Instant.now(), Instant.now(), null, null,
				Volunteer.SCHEMA_VERSION));
		browser.signIn("root-admin", "correct-horse-1");
		browser.open("/volunteers/V-browser-reject");

		browser.type("note", "We need people in Warsaw").clickAndWait(By.id("reject"));
		assertThat(browser.text(By.tagName("main"))).contains("Reject the application V-browser-reject?");
		assertThat(browser.find(By.id("note")).getDomProperty("value")).isEqualTo("We need people in Warsaw");
		browser.clickAndWait(By.id("confirm"));

		assertThat(browser.text(By.id("volunteer-status"))).isEqualTo("Rejected");
		assertThat(browser.text(By.id("volunteer-details"))).contains("We need people in Warsaw", "root-admin");
	}

	/**
	 * The checkbox sits on the line of its words, before them, not a full-width line
	 * above.
	 */
	private static void assertCheckboxBeforeItsWords(Browser browser, String checkboxId) {
		WebElement box = browser.find(By.id(checkboxId));
		WebElement words = box.findElement(By.xpath("following-sibling::span[1]"));
		Rectangle boxAt = box.getRect();
		Rectangle wordsAt = words.getRect();
		int boxMiddle = boxAt.getY() + boxAt.getHeight() / 2;
		assertThat(boxMiddle).isBetween(wordsAt.getY(), wordsAt.getY() + wordsAt.getHeight());
		assertThat(boxAt.getX() + boxAt.getWidth()).isLessThanOrEqualTo(wordsAt.getX());
		assertThat(boxAt.getWidth()).isLessThan(40);
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
