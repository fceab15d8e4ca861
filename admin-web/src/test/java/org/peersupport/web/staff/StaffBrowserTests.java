package org.peersupport.web.staff;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.peersupport.web.security.PanelRole;
import org.peersupport.web.security.StaffAccount;
import org.peersupport.web.security.StaffAccounts;
import org.peersupport.web.support.Browser;
import org.peersupport.web.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff pages, the language switch and the audit log, in a real browser. */
@BrowserTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
class StaffBrowserTests {

	@Autowired
	StaffAccounts accounts;

	@Test
	void adminCreatesAModeratorWhoCanSignInButNotOpenTheStaffPages(Browser browser) {
		browser.signIn("root-admin", "correct-horse-1");
		browser.open("/staff").clickAndWait(By.id("new-moderator"));
		browser.type("username", "New-Mod")
			.type("password", "moderator-pass-1")
			.clickAndWait(By.id("create-moderator"));

		assertThat(browser.path()).isEqualTo("/staff");
		assertThat(browser.pageText()).contains("The moderator was created.");
		assertThat(browser.find(By.cssSelector("tr[data-username='new-mod']")).getText()).contains("Moderator",
				"Active");

		browser.signOut().signIn("new-mod", "moderator-pass-1");
		assertThat(browser.path()).isEqualTo("/");
		assertThat(browser.findAll(By.cssSelector(".menu a"))).extracting((link) -> link.getText())
			.doesNotContain("Staff");
		browser.open("/staff");
		assertThat(browser.text(By.tagName("main"))).contains("You may not open this page.");
	}

	@Test
	void switchingTheLanguageTranslatesThePanelAndIsRememberedAtTheNextSignIn(Browser browser) {
		this.accounts.create("polyglot-mod", "polyglot-pass-1", PanelRole.MODERATOR, Locale.ENGLISH);
		browser.signIn("polyglot-mod", "polyglot-pass-1");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Dashboard");

		browser.clickAndWait(By.id("lang-ru"));
		assertThat(browser.path()).isEqualTo("/");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Сводка");
		browser.clickAndWait(By.id("lang-pl"));
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Pulpit");

		browser.signOut();
		browser.forgetSession();
		browser.signIn("polyglot-mod", "polyglot-pass-1");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Pulpit");
	}

	@Test
	void disablingAnAccountAsksFirstAndShowsUpInTheAuditLog(Browser browser) {
		StaffAccount target = this.accounts.create("leaving-mod", "leaving-pass-1", PanelRole.MODERATOR,
				Locale.ENGLISH);
		browser.signIn("root-admin", "correct-horse-1");

		browser.open("/staff/" + target.getId() + "/disable");
		assertThat(browser.text(By.tagName("main"))).contains("Disable the account leaving-mod?");
		browser.clickAndWait(By.id("confirm"));
		assertThat(browser.find(By.cssSelector("tr[data-username='leaving-mod']")).getText()).contains("Disabled");

		browser.open("/audit?objectId=" + target.getId());
		String audit = browser.text(By.id("audit-entries"));
		assertThat(audit)
			.contains("root-admin", "Disabled a staff account", "Staff account leaving-mod", "enabled=true",
					"enabled=false")
			.doesNotContain(target.getId());
		assertThat(audit).doesNotContainIgnoringCase("hash");
		browser.open("/audit?actor=nobody&objectId=" + target.getId());
		assertThat(browser.findAll(By.id("audit-entries"))).isEmpty();
	}

	@Test
	void theProgrammePickerSavesTickedNamesAndRefusesAKeyNoProgrammeHas(Browser browser) {
		StaffAccount target = this.accounts.create("picker-mod", "picker-pass-1", PanelRole.MODERATOR, Locale.ENGLISH);
		browser.signIn("root-admin", "correct-horse-1");

		browser.open("/staff/" + target.getId() + "/programmes");
		assertThat(browser.text(By.id("programme-picker"))).contains("Recovery programme", "Circles of support");
		browser.click(By.id("programme-recovery")).clickAndWait(By.id("save-programmes"));
		assertThat(browser.find(By.cssSelector("tr[data-username='picker-mod']")).getText())
			.contains("Recovery programme");

		browser.open("/staff/" + target.getId() + "/programmes");
		// A page shown before a programme was renamed in the settings posts its old key.
		((JavascriptExecutor) browser.driver())
			.executeScript("document.getElementById('programme-circles').value = 'circls';");
		browser.click(By.id("programme-circles")).clickAndWait(By.id("save-programmes"));
		assertThat(browser.text(By.id("form-error")))
			.isEqualTo("No programme is set up under “circls”. Tick programmes from the list; nothing was saved.");
		browser.open("/staff");
		assertThat(browser.find(By.cssSelector("tr[data-username='picker-mod']")).getText())
			.contains("Recovery programme")
			.doesNotContain("Circles");
	}

}
