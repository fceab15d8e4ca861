package org.peersupport.web.sandbox;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peersupport.groups.GroupStatus;
import org.peersupport.groups.PeerGroups;
import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.web.support.Browser;
import org.peersupport.web.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff add a test group in the sandbox, activate it on the Groups page, onboard a
 * participant on a phone, ask to join with the link the bot sent, and watch the group
 * window show the welcome by pseudonym, the bot's restriction of the newcomer, a post
 * from the phone, and the bot's deletion of a post its rules forbid.
 */
@BrowserTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
class SandboxGroupBrowserTests {

	private static final String PHONE = "1007";

	@Autowired
	BotApiEmulator emulator;

	@Autowired
	PeerGroups groups;

	@BeforeEach
	void noTelegramLimits() {
		this.emulator.limits(EmulatorLimits.off());
	}

	@Test
	void aTestGroupWelcomesAPhoneParticipantWhoAskedToJoin(Browser browser) {
		browser.signIn("root-admin", "correct-horse-1");
		browser.open("/sandbox?phone=" + PHONE);
		browser.clickAndWait(By.id("new-group-button"));
		assertThat(browser.pageText()).contains("A test group was added with the bot as an administrator");
		String chat = browser.find(By.cssSelector("[data-group]")).getAttribute("data-group");
		String window = "//*[@data-group='" + chat + "']";

		waitFor(browser, By.xpath(window + "//a[text()='Activate it on the Groups page']"));
		browser.clickAndWait(By.xpath(window + "//a[text()='Activate it on the Groups page']"));
		assertThat(browser.path()).isEqualTo("/groups/" + chat);
		browser.type("name", "Sandbox circle").type("capacity", "8").type("rules", "Be kind. Listen first.");
		new Select(browser.find(By.id("programme"))).selectByValue("women-after-prison");
		new Select(browser.find(By.id("language"))).selectByValue("en");
		browser.clickAndWait(By.id("activate"));
		assertThat(this.groups.find(Long.parseLong(chat)).orElseThrow().status()).isEqualTo(GroupStatus.ACTIVE);

		browser.open("/sandbox?phone=" + PHONE);
		assertThat(browser.text(By.xpath(window))).contains("Active");
		onboard(browser, "Quiet Heron");
		press(browser, "✅ I agree");
		By ask = By.xpath(phone() + "//button[contains(@class, 'join-button')]");
		waitFor(browser, ask);
		browser.click(ask);
		waitFor(browser, By.xpath(phone() + "//p[@class='link-state']"));

		waitFor(browser, By.xpath(window + "//p[@class='text' and text()='Welcome to the group, Quiet Heron!']"));
		waitFor(browser, By.xpath(window + "//li[@data-action='approved']"));
		assertThat(browser.text(By.xpath(window + "//li[@data-member='" + PHONE + "']"))).contains("Phone " + PHONE)
			.contains("restricted by the bot");
		assertThat(browser.text(By.xpath(window + "//li[@data-action='restricted']")))
			.contains("restricted phone " + PHONE);
		assertThat(browser.text(By.xpath(window))).doesNotContain("User " + PHONE);

		new Select(browser.find(By.id("group-member-" + chat))).selectByValue(PHONE);
		browser.type("group-text-" + chat, "Hello, everyone")
			.click(By.cssSelector("[data-group='" + chat + "'] .group-send-button"));
		waitFor(browser, By.xpath(window + "//li[contains(@class, 'member')]/p[text()='Hello, everyone']"));
		// links are not allowed by default: the bot deletes the post, and the window says
		// so
		browser.type("group-text-" + chat, "Look at https://example.org/offer")
			.click(By.cssSelector("[data-group='" + chat + "'] .group-send-button"));
		waitFor(browser, By.xpath(window + "//li[contains(@class, 'deleted')]/p[@class='deleted-note']"));
		waitFor(browser, By.xpath(window + "//li[@data-action='deleted']"));
		assertThat(browser.text(By.xpath(window + "//li[contains(@class, 'deleted')]")))
			.contains("Look at https://example.org/offer", "Deleted by the bot.");
		assertThat(browser.checks().axeViolations()).isEmpty();
		assertThat(browser.checks().ownViolations()).isEmpty();
		assertThat(browser.consoleErrors()).as("the page's script and its Content Security Policy")
			.filteredOn((error) -> !error.contains("/favicon.ico"))
			.isEmpty();
	}

	private static void onboard(Browser browser, String pseudonym) {
		say(browser, "/start");
		press(browser, "English");
		press(browser, "I agree");
		press(browser, "Women after prison");
		say(browser, "14.03.2025");
		press(browser, "Help finding work");
		press(browser, "Done");
		say(browser, pseudonym);
		By zone = By.xpath("(" + phone() + "//button[@class='press' and contains(text(), 'UTC')])[1]");
		waitFor(browser, zone);
		browser.clickAndWait(zone);
	}

	private static void say(Browser browser, String text) {
		browser.type("text-" + PHONE, text).click(By.cssSelector("[data-phone='" + PHONE + "'] .send-button"));
		waitFor(browser, By.xpath(phone() + "//li[contains(@class, 'own')]/p[text()='" + text + "']"));
	}

	private static void press(Browser browser, String label) {
		By button = By.xpath("(" + phone() + "//button[@class='press' and text()='" + label + "'])[last()]");
		waitFor(browser, button);
		browser.clickAndWait(button);
	}

	private static String phone() {
		return "//*[@data-phone='" + PHONE + "']";
	}

	private static void waitFor(Browser browser, By element) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
			.until(ExpectedConditions.presenceOfElementLocated(element));
	}

}
