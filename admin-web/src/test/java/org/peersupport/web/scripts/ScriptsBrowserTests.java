package org.peersupport.web.scripts;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.peersupport.scripts.DefaultScripts;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peersupport.conversation.ScriptCatalog;
import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.web.support.Browser;
import org.peersupport.web.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin fixes a draft the editor refused, tries it on a sandbox phone, publishes it
 * and rolls back.
 */
@BrowserTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1",
		"peer.messaging.rate.enabled=false", "peer.panel.session-timeout=30m" })
class ScriptsBrowserTests {

	private static final String DRAFT_GREETING = "Hello from the draft!";

	@Autowired
	ScriptCatalog catalog;

	@Autowired
	BotApiEmulator emulator;

	@Test
	void aDraftIsFixedTriedInTheSandboxPublishedAndRolledBack(Browser browser) {
		this.emulator.limits(EmulatorLimits.off());
		browser.signIn("root-admin", "correct-horse-1");
		browser.open("/scripts");
		int shipped = DefaultScripts.all().get(0).version();
		String published = "onboarding@" + shipped;
		String draft = "onboarding@" + (shipped + 1);
		browser.clickAndWait(By.cssSelector("tr[data-key='" + published + "'] a.edit"));
		String fixed = browser.find(By.id("source"))
			.getDomProperty("value")
			.replace("version: " + shipped, "version: " + (shipped + 1))
			.replace("Hello! I’m the bot of a peer-support community.", DRAFT_GREETING);
		String broken = fixed.replaceFirst("next: consent\n", "next: no-such-step\n");

		save(browser, broken);
		assertThat(browser.text(By.id("script-problems"))).contains("no-such-step");
		assertThat(browser.find(By.cssSelector("#script-problems li")).getDomAttribute("data-line"))
			.isEqualTo(Integer.toString(lineOf(broken, "next: no-such-step")));

		save(browser, fixed);
		assertThat(browser.pageText()).contains("The draft was saved");
		assertThat(browser.text(By.cssSelector("tr[data-key='" + draft + "']"))).contains("Draft");

		browser.clickAndWait(By.cssSelector("tr[data-key='" + draft + "'] button.try"));
		assertThat(browser.path()).isEqualTo("/sandbox");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
			.until(ExpectedConditions.textToBePresentInElementLocated(
					By.cssSelector("[data-phone]:not([data-phone='1001']) .phone-messages"), DRAFT_GREETING));
		assertThat(this.catalog.published("onboarding").version()).isEqualTo(shipped);

		browser.open("/scripts");
		browser.clickAndWait(By.cssSelector("tr[data-key='" + draft + "'] a.publish"));
		browser.clickAndWait(By.id("confirm"));
		assertThat(browser.text(By.cssSelector("tr[data-key='" + draft + "']"))).contains("Published");
		assertThat(this.catalog.published("onboarding").version()).isEqualTo(shipped + 1);

		browser.clickAndWait(By.cssSelector("[data-script='onboarding'] a.rollback"));
		browser.clickAndWait(By.id("confirm"));
		assertThat(browser.pageText()).contains("The previous version is published again.");
		assertThat(browser.text(By.cssSelector("tr[data-key='" + published + "']"))).contains("Published");
		assertThat(this.catalog.published("onboarding").version()).isEqualTo(shipped);
	}

	private static void save(Browser browser, String source) {
		WebElement editor = browser.find(By.id("source"));
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", editor, source);
		browser.clickAndWait(By.id("save-draft"));
	}

	private static int lineOf(String text, String line) {
		List<String> lines = Arrays.asList(text.split("\n", -1));
		return lines.stream().map(String::strip).toList().indexOf(line) + 1;
	}

}
