package org.peersupport.web.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
			.clickAndWait(By.cssSelector("[data-phone='" + own.get(0) + "'] .send-button"));
		waitFor(browser,
				By.xpath("//*[@data-phone='" + own.get(0) + "']//button[@class='press' and text()='English']"));
	}

	private static void waitFor(Browser browser, By element) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(element));
	}

}
