package org.peersupport.web.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.web.security.PanelRole;
import org.peersupport.web.security.StaffAccount;
import org.peersupport.web.security.StaffAccounts;
import org.peersupport.web.support.Browser;
import org.peersupport.web.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A participant phone in the sandbox goes through the first steps of onboarding; a
 * moderator limited to a programme gets phones of their own and no other.
 */
@BrowserTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
class SandboxBrowserTests {

	@Autowired
	StaffAccounts staff;

	@Autowired
	BotApiEmulator emulator;

	@Test
	void aParticipantPhoneStartsChoosesALanguageAndSeesTheConsent(Browser browser) {
		browser.signIn("root-admin", "correct-horse-1");
		browser.clickAndWait(By.linkText("Sandbox phones"));
		assertThat(browser.findAll(By.cssSelector("[data-phone]"))).hasSize(2);

		browser.type("text-1001", "/start").click(By.cssSelector("[data-phone='1001'] .send-button"));
		By english = By.xpath("//*[@data-phone='1001']//button[@class='press' and text()='English']");
		waitFor(browser, english);
		assertThat(browser.text(By.cssSelector("[data-phone='1001'] .phone-messages"))).contains("Hello!");

		browser.clickAndWait(english);
		waitFor(browser, By.xpath("//*[@data-phone='1001']//p[starts-with(text(), 'Before we begin')]"));
		assertThat(browser.text(By.cssSelector("[data-phone='1001'] .phone-messages"))).contains("I agree");
		assertThat(browser.text(By.cssSelector("[data-phone='2001'] .phone-messages")))
			.contains("No messages from the bot yet.");
	}

	@Test
	void aPhoneShowsTheUsersOwnTextAndTheNewestMessageWithoutAReload(Browser browser) {
		browser.signIn("root-admin", "correct-horse-1");
		browser.open("/sandbox?phone=4101&phone=4201");
		assertThat(browser.text(By.cssSelector("[data-phone='4101'] h2"))).isEqualTo("Participant's phone (4101)");
		assertThat(browser.text(By.cssSelector("[data-phone='4101'] .phone-start"))).contains("/start");
		assertThat(browser.text(By.cssSelector("[data-phone='4201'] h2"))).isEqualTo("Volunteer's phone (4201)");
		assertThat(browser.text(By.cssSelector("[data-phone='4201'] .phone-start"))).contains("/volunteer");
		assertThat(browser.pageText()).doesNotContain("TELEGRAM_BOT_TOKEN", "emulator");
		JavascriptExecutor script = (JavascriptExecutor) browser.driver();
		// A short box, so that the conversation overflows it and must be scrolled.
		script.executeScript("window.samePage = true;"
				+ "document.querySelector(\"[data-phone='4101'] .phone-messages\").style.height = '5rem';");

		browser.type("text-4101", "/start").click(By.cssSelector("[data-phone='4101'] .send-button"));
		waitFor(browser, By.xpath("//*[@data-phone='4101']//li[contains(@class, 'own')]/p[text()='/start']"));
		By english = By.xpath("//*[@data-phone='4101']//button[@class='press' and text()='English']");
		waitFor(browser, english);
		browser.find(english).click();
		waitFor(browser, By.xpath("//*[@data-phone='4101']//p[starts-with(text(), 'Before we begin')]"));

		assertThat(script.executeScript("return window.samePage === true;")).as("no page was loaded").isEqualTo(true);
		assertThat(browser.find(By.id("text-4101")).getAttribute("value")).isEmpty();
		Object newestInView = script
			.executeScript("var box = document.querySelector(\"[data-phone='4101'] .phone-messages\");"
					+ "return box.scrollHeight > box.clientHeight"
					+ " && box.scrollTop + box.clientHeight >= box.scrollHeight - 2;");
		assertThat(newestInView).as("the box scrolled to the newest message").isEqualTo(true);
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
			.until((driver) -> browser.find(By.id("phone-news-4101"))
				.getAttribute("textContent")
				.startsWith("New message from the bot: Before we begin"));
		assertThat(browser.find(By.id("phone-news-4101")).getAttribute("aria-live")).isEqualTo("polite");
	}

	@Test
	void aModeratorLimitedToAProgrammeIsRefusedAnotherProgrammesPhone(Browser browser) {
		StaffAccount moderator = this.staff.create("sandbox-limited", "correct-horse-2", PanelRole.MODERATOR,
				Locale.ENGLISH);
		moderator.limitToProgrammes(Set.of("recovery"));
		this.staff.save(moderator);
		this.emulator.users().sendText(503, "/start", "en");
		await().until(() -> !this.emulator.users().messages(503).isEmpty());

		browser.signIn("sandbox-limited", "correct-horse-2");
		browser.open("/sandbox?phone=503");

		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Page not found");
		assertThat(browser.findAll(By.cssSelector("[data-phone]"))).isEmpty();
		assertThat(browser.pageText()).doesNotContain("Hello!");

		browser.clickAndWait(By.linkText("Sandbox phones"));
		List<String> own = browser.findAll(By.cssSelector("[data-phone]"))
			.stream()
			.map((phone) -> phone.getAttribute("data-phone"))
			.toList();
		assertThat(own).hasSize(2).doesNotContain("503", "1001", "2001");
		assertThat(browser.findAll(By.id("add-phone"))).isEmpty();
		browser.type("text-" + own.get(0), "/start")
			.click(By.cssSelector("[data-phone='" + own.get(0) + "'] .send-button"));
		waitFor(browser,
				By.xpath("//*[@data-phone='" + own.get(0) + "']//button[@class='press' and text()='English']"));
	}

	private static void waitFor(Browser browser, By element) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(element));
	}

}
