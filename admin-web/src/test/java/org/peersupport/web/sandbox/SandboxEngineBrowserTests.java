package org.peersupport.web.sandbox;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.web.support.Browser;
import org.peersupport.web.support.ProductionMode;
import org.peersupport.web.support.BrowserTest;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox page of a service that runs a real bot (a token is set; "Telegram" is an
 * emulator the test starts): staff use the phones in the browser, the training engine
 * answers, Telegram hears nothing, and a reset starts the sandbox from nothing.
 */
@BrowserTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
@DirtiesContext
class SandboxEngineBrowserTests {

	static final String TOKEN = "4343:production-token";

	static final BotApiEmulator telegram = ProductionMode.telegram(TOKEN);

	@DynamicPropertySource
	static void productionMode(DynamicPropertyRegistry registry) {
		ProductionMode.register(registry, TOKEN, telegram);
	}

	@AfterAll
	static void stopTelegram() {
		telegram.close();
	}

	@Test
	void staffTrainOnTheSandboxEngineWhileARealBotRunsAndResetStartsItFromNothing(Browser browser) {
		browser.signIn("root-admin", "correct-horse-1");
		browser.clickAndWait(By.linkText("Sandbox phones"));
		assertThat(browser.text(By.id("sandbox-kind"))).startsWith("Sandbox engine: a separate training bot");
		assertThat(browser.findAll(By.id("sandbox-mode"))).as("no sandbox-mode banner beside a real bot").isEmpty();

		browser.type("text-1001", "/start").click(By.cssSelector("[data-phone='1001'] .send-button"));
		By english = By.xpath("//*[@data-phone='1001']//button[@class='press' and text()='English']");
		waitFor(browser, english);
		browser.clickAndWait(english);
		waitFor(browser, By.xpath("//*[@data-phone='1001']//p[starts-with(text(), 'Before we begin')]"));
		assertThat(telegram.stats().sentMessages()).as("nothing reached Telegram").isZero();

		browser.clickAndWait(By.id("reset"));
		assertThat(browser.pageText()).contains("The training bot is stopped and started again");
		browser.clickAndWait(By.id("confirm"));
		assertThat(browser.pageText()).contains("The sandbox was reset.");
		assertThat(browser.text(By.cssSelector("[data-phone='1001'] .phone-messages")))
			.contains("No messages from the bot yet.");

		// A fresh engine: the same phone starts again from the greeting.
		browser.type("text-1001", "/start").click(By.cssSelector("[data-phone='1001'] .send-button"));
		waitFor(browser, english);
		assertThat(browser.text(By.cssSelector("[data-phone='1001'] .phone-messages"))).contains("Hello!")
			.doesNotContain("Before we begin");
		assertThat(telegram.stats().sentMessages()).as("nothing reached Telegram").isZero();
	}

	private static void waitFor(Browser browser, By element) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
			.until(ExpectedConditions.presenceOfElementLocated(element));
	}

}
