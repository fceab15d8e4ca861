package org.peersupport.web.sandbox;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peersupport.web.support.Browser;
import org.peersupport.web.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A participant phone in the sandbox goes through the first steps of onboarding. */
@BrowserTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
class SandboxBrowserTests {

	@Test
	void aParticipantPhoneStartsChoosesALanguageAndSeesTheConsent(Browser browser) {
		browser.signIn("root-admin", "correct-horse-1");
		browser.clickAndWait(By.linkText("Sandbox phones"));
		assertThat(browser.findAll(By.cssSelector("[data-phone]"))).hasSize(2);

		browser.type("text-1001", "/start").clickAndWait(By.cssSelector("[data-phone='1001'] .send-button"));
		By english = By.xpath("//*[@data-phone='1001']//button[@class='press' and text()='English']");
		waitFor(browser, english);
		assertThat(browser.text(By.cssSelector("[data-phone='1001'] .phone-messages"))).contains("Hello!");

		browser.clickAndWait(english);
		waitFor(browser, By.xpath("//*[@data-phone='1001']//p[starts-with(text(), 'Before we begin')]"));
		assertThat(browser.text(By.cssSelector("[data-phone='1001'] .phone-messages"))).contains("I agree");
		assertThat(browser.text(By.cssSelector("[data-phone='2001'] .phone-messages")))
			.contains("No messages from the bot yet.");
	}

	private static void waitFor(Browser browser, By element) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(element));
	}

}
