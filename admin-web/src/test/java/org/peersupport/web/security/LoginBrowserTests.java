package org.peersupport.web.security;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.peersupport.web.support.Browser;
import org.peersupport.web.support.BrowserTest;
import org.peersupport.web.support.Screenshots;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in and out of the panel in a real browser, and the lockout. */
@BrowserTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
class LoginBrowserTests {

	static final String WRONG_OR_LOCKED = "Wrong username or password, or the account is disabled or locked for a while.";

	@Autowired
	StaffAccounts accounts;

	@Autowired
	LoginLockout lockout;

	@Test
	void signedOutVisitorIsSentToTheLoginAndLandsOnTheDashboardAfterSigningIn(Browser browser) {
		browser.open("/audit");
		assertThat(browser.path()).isEqualTo("/login");

		browser.type("username", "root-admin").type("password", "correct-horse-1").clickAndWait(By.id("sign-in"));

		assertThat(browser.path()).isEqualTo("/audit");
		browser.open("/");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Dashboard");
		// People waiting for someone come first on the dashboard.
		assertThat(browser.text(By.cssSelector(".card h2"))).isEqualTo("Alerts waiting for someone");
		assertThat(browser.pageText()).contains("Staff accounts");
		browser.screenshot(Screenshots.named("dashboard.png"));
	}

	@Test
	void wrongPasswordIsRefusedWithoutSayingWhichPartWasWrong(Browser browser) {
		browser.signIn("root-admin", "not-the-password");

		assertThat(browser.path()).isEqualTo("/login");
		assertThat(browser.text(By.id("form-error"))).isEqualTo(WRONG_OR_LOCKED);
		// The name typed is kept, the password not; the error is tied to both fields.
		assertThat(browser.find(By.id("username")).getDomProperty("value")).isEqualTo("root-admin");
		assertThat(browser.find(By.id("password")).getDomProperty("value")).isEmpty();
		assertThat(browser.find(By.id("password")).getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.find(By.id("username")).getDomAttribute("aria-describedby")).isEqualTo("form-error");
		browser.open("/login");
		assertThat(browser.find(By.id("username")).getDomProperty("value")).isEmpty();
		assertThat(browser.findAll(By.id("form-error"))).isEmpty();
		browser.signIn("nobody-here", "not-the-password");
		assertThat(browser.text(By.id("form-error"))).isEqualTo(WRONG_OR_LOCKED);
	}

	@Test
	void fiveWrongPasswordsLockTheAccountSoEvenTheRightPasswordIsRefused(Browser browser) {
		this.accounts.create("careless-mod", "right-password-1", PanelRole.MODERATOR, Locale.ENGLISH);

		for (int attempt = 1; attempt <= 5; attempt++) {
			browser.signIn("careless-mod", "wrong-password-" + attempt);
			assertThat(browser.text(By.id("form-error"))).isEqualTo(WRONG_OR_LOCKED);
		}
		assertThat(this.lockout.isLocked("careless-mod")).isTrue();
		browser.signIn("careless-mod", "right-password-1");

		assertThat(browser.path()).isEqualTo("/login");
		assertThat(browser.text(By.id("form-error"))).isEqualTo(WRONG_OR_LOCKED);
	}

	@Test
	void signingOutEndsTheSession(Browser browser) {
		browser.signIn("root-admin", "correct-horse-1");
		assertThat(browser.path()).isEqualTo("/");

		browser.signOut();

		assertThat(browser.path()).isEqualTo("/login");
		browser.open("/");
		assertThat(browser.path()).isEqualTo("/login");
	}

}
