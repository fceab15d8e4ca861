package org.peersupport.web.sandbox;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peersupport.web.support.Browser;
import org.peersupport.web.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A participant phone in the panel's sandbox completes the whole onboarding. */
@BrowserTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
class SandboxOnboardingBrowserTests {

	private static final String PHONE = "1005";

	@Test
	void aParticipantPhoneCompletesOnboarding(Browser browser) {
		browser.signIn("root-admin", "correct-horse-1");
		browser.open("/sandbox?phone=" + PHONE);
		say(browser, "/start");
		press(browser, "English");
		press(browser, "I agree");
		press(browser, "Women after prison");
		say(browser, "14.03.2025");
		press(browser, "Help finding work");
		press(browser, "Done");
		say(browser, "Quiet Heron");
		pressFirstContaining(browser, "UTC");
		waitFor(browser, By.xpath(phone() + "//p[contains(text(), 'Thank you, Quiet Heron')]"));
		assertThat(browser.text(By.cssSelector("[data-phone='" + PHONE + "'] .phone-messages")))
			.contains("Thank you, Quiet Heron");
	}

	private static void say(Browser browser, String text) {
		browser.type("text-" + PHONE, text).click(By.cssSelector("[data-phone='" + PHONE + "'] .send-button"));
		waitFor(browser, By.xpath(phone() + "//li[contains(@class, 'own')]/p[text()='" + text + "']"));
	}

	private static void press(Browser browser, String label) {
		By button = By.xpath(phone() + "//button[@class='press' and text()='" + label + "']");
		waitFor(browser, button);
		browser.clickAndWait(button);
	}

	private static void pressFirstContaining(Browser browser, String part) {
		By button = By.xpath("(" + phone() + "//button[@class='press' and contains(text(), '" + part + "')])[1]");
		waitFor(browser, button);
		browser.clickAndWait(button);
	}

	private static String phone() {
		return "//*[@data-phone='" + PHONE + "']";
	}

	private static void waitFor(Browser browser, By element) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(element));
	}

}
