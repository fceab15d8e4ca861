package org.peersupport.web.xss;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.peersupport.participants.Participants;
import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.web.support.Browser;
import org.peersupport.web.support.BrowserTest;
import org.peersupport.web.support.TelegramUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Names, regions and pseudonyms that are markup stay text on every panel page that shows
 * what participants and volunteers typed: escaped in the source, shown literally, and no
 * script runs.
 */
@BrowserTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1",
		"peer.messaging.rate.enabled=false" })
class HostileTextBrowserTests {

	static final String SCRIPT_TAG = "<script>alert(1)</script>";

	static final String BROKEN_ATTRIBUTE = "\"><img src=x onerror=alert(1)>";

	@Autowired
	BotApiEmulator emulator;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Participants participants;

	@BeforeEach
	void noTelegramLimits() {
		this.emulator.limits(EmulatorLimits.off());
	}

	@Test
	void markupTypedByVolunteersAndParticipantsIsShownAsTextOnEveryPage(Browser browser) {
		this.participants.recordConsent(1002, "en", "onboarding@1", Instant.now());
		this.participants.completeOnboarding(1002, "women-leaving-prison",
				Map.of("pseudonym", SCRIPT_TAG, "note", BROKEN_ATTRIBUTE), Instant.now());
		signUp(new TelegramUser(this.emulator, this.mongo, 1001, "en"));

		browser.signIn("root-admin", "correct-horse-1");
		assertShownAsText(browser, "/volunteers", BROKEN_ATTRIBUTE);
		browser.clickAndWait(By.cssSelector("#volunteers tbody a"));
		assertShownAsText(browser, browser.path(), SCRIPT_TAG);
		assertShownAsText(browser, browser.path(), BROKEN_ATTRIBUTE);
		assertShownAsText(browser, "/sandbox", "Thank you, " + SCRIPT_TAG);
		assertShownAsText(browser, "/sandbox/phones/1001/messages", "Thank you, " + SCRIPT_TAG);
		assertShownAsText(browser, "/audit?objectId=" + UriUtils.encodeQueryParam(SCRIPT_TAG, "UTF-8"), null);
		assertShownAsText(browser, "/volunteers?region=" + UriUtils.encodeQueryParam(BROKEN_ATTRIBUTE, "UTF-8"), null);
		assertShownAsText(browser, "/", null);
	}

	private static void assertShownAsText(Browser browser, String path, String literal) {
		browser.open(path);
		assertNoAlert(browser);
		String source = browser.driver().getPageSource();
		assertThat(source).doesNotContain(SCRIPT_TAG).doesNotContain("<img src=x").doesNotContain("<img src=\"x\"");
		assertThat(browser.findAll(By.cssSelector("img[onerror], script:not([src])"))).isEmpty();
		if (literal != null) {
			assertThat(browser.pageText()).contains(literal);
			assertThat(source).containsAnyOf("&lt;script&gt;", "&lt;img src=x");
		}
	}

	private static void assertNoAlert(Browser browser) {
		assertThatExceptionOfType(NoAlertPresentException.class).isThrownBy(() -> browser.driver().switchTo().alert());
	}

	private static void signUp(TelegramUser volunteer) {
		volunteer.says("/start volunteer");
		volunteer.presses("English").presses("I agree");
		volunteer.presses("Recovery programme");
		volunteer.sees("What is your name?");
		volunteer.says(SCRIPT_TAG).says("+48 600 100 200");
		volunteer.presses("Skip this question");
		volunteer.presses("Safeguarding").presses("Done");
		volunteer.presses("I can buy medicine").presses("Done");
		volunteer.says(BROKEN_ATTRIBUTE);
		volunteer.presses("Polish").presses("English").presses("Done");
		volunteer.says(BROKEN_ATTRIBUTE);
		volunteer.presses("Mon").presses("Sat").presses("Done");
		volunteer.presses("Evening (17–22)").presses("Done");
		volunteer.presses("22:00–8:00");
		volunteer.says("3");
		volunteer.sees("Thank you, " + SCRIPT_TAG + "! Your application has been sent.");
	}

}
