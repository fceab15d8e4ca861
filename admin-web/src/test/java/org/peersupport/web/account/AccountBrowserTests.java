package org.peersupport.web.account;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.peersupport.web.security.PanelRole;
import org.peersupport.web.security.StaffAccounts;
import org.peersupport.web.support.Browser;
import org.peersupport.web.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** "My account" in a real browser. */
@BrowserTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
class AccountBrowserTests {

	@Autowired
	StaffAccounts accounts;

	@Test
	void passwordChangeNeedsTheCurrentPasswordAndTheNewOneWorksAtTheNextSignIn(Browser browser) {
		this.accounts.create("forgetful-mod", "first-password-1", PanelRole.MODERATOR, Locale.ENGLISH);
		browser.signIn("forgetful-mod", "first-password-1").open("/account");

		changePassword(browser, "not-my-password", "second-password-2");
		assertThat(browser.text(By.id("form-error"))).isEqualTo("The current password is wrong.");
		assertThat(browser.find(By.id("current-password")).getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("current-password");

		changePassword(browser, "first-password-1", "second-password-2");
		assertThat(browser.text(By.cssSelector("p.notice"))).isEqualTo("Your password was changed.");

		browser.signOut().signIn("forgetful-mod", "first-password-1");
		assertThat(browser.path()).isEqualTo("/login");
		browser.signIn("forgetful-mod", "second-password-2");
		assertThat(browser.path()).isEqualTo("/");
	}

	private static void changePassword(Browser browser, String current, String next) {
		browser.type("current-password", current).type("new-password", next).type("repeat-password", next);
		browser.clickAndWait(By.cssSelector("form[action$='/account/password'] button"));
	}

}
