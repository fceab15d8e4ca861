package org.peersupport.web.setup;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.peersupport.web.support.Browser;
import org.peersupport.web.support.BrowserTest;
import org.peersupport.web.support.Screenshots;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** First start with no admin in the settings: the setup token opens /setup once. */
@BrowserTest
class FirstAdminSetupBrowserTests {

	@Autowired
	SetupToken setupToken;

	@Test
	void firstAdminIsCreatedWithTheSetupTokenAndSetupClosesAfterwards(Browser browser) {
		String token = this.setupToken.current().orElseThrow();

		browser.open("/setup");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("First start");
		browser.screenshot(Screenshots.named("setup.png"));

		browser.type("token", "0000-not-the-token")
			.type("username", "first-admin")
			.type("password", "a-long-password-1");
		browser.clickAndWait(By.id("create-admin"));
		assertThat(browser.text(By.id("form-error"))).isEqualTo("The setup token is wrong.");
		assertThat(browser.find(By.id("token")).getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("token");
		assertThat(browser.find(By.id("username")).getDomProperty("value")).isEqualTo("first-admin");
		assertThat(browser.checks().axeViolations()).isEmpty();
		assertThat(browser.checks().ownViolations()).isEmpty();

		browser.type("token", token).type("username", "first-admin").type("password", "a-long-password-1");
		browser.clickAndWait(By.id("create-admin"));
		assertThat(browser.path()).isEqualTo("/login");
		assertThat(this.setupToken.current()).isEmpty();

		browser.signIn("first-admin", "a-long-password-1");
		assertThat(browser.path()).isEqualTo("/");
		assertThat(browser.pageText()).contains("Staff accounts");

		browser.open("/setup");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Page not found");
	}

}
