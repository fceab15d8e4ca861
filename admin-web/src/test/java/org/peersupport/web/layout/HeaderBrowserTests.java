package org.peersupport.web.layout;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.peersupport.web.security.PanelRole;
import org.peersupport.web.security.StaffAccountRepository;
import org.peersupport.web.security.StaffAccounts;
import org.peersupport.web.support.Browser;
import org.peersupport.web.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The header on a common laptop screen (1280 CSS pixels): an admin's whole menu, the
 * language buttons and sign-out stay on one row in every panel language, Russian's long
 * words included.
 */
@BrowserTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
class HeaderBrowserTests {

	private static final int LAPTOP = 1280;

	/**
	 * How many rows the header's items (brand, menu entries, language buttons, name and
	 * sign-out) take: items whose vertical extents overlap share a row.
	 */
	private static final String ROWS = """
			var items = document.querySelectorAll('header.top .brand, header.top nav a, header.top .languages button, '
			    + 'header.top .logout > *');
			var rows = [];
			items.forEach(function (item) {
			  var box = item.getBoundingClientRect();
			  if (box.width === 0) { return; }
			  var row = rows.find(function (r) { return box.top < r.bottom && box.bottom > r.top; });
			  if (row) { row.top = Math.min(row.top, box.top); row.bottom = Math.max(row.bottom, box.bottom); }
			  else { rows.push({ top: box.top, bottom: box.bottom }); }
			});
			return rows.length;
			""";

	@Autowired
	StaffAccounts staff;

	@Autowired
	StaffAccountRepository accounts;

	@AfterEach
	void backToTheDesktop(Browser browser) {
		browser.checks().desktop();
	}

	@Test
	void atALaptopsWidthTheHeaderIsOneRowInRussianPolishAndEnglish(Browser browser) {
		if (this.accounts.findByUsername("header-admin").isEmpty()) {
			this.staff.create("header-admin", "header-horse-12", PanelRole.ADMIN, Locale.forLanguageTag("ru"));
		}
		browser.checks().phoneWidth(LAPTOP);
		browser.signIn("header-admin", "header-horse-12");

		for (String language : List.of("ru", "pl", "en")) {
			browser.clickAndWait(By.id("lang-" + language));
			assertThat(browser.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language);
			assertThat(browser.findAll(By.cssSelector("header.top nav a"))).as("an admin's menu").hasSizeGreaterThan(8);
			assertThat(((Number) ((JavascriptExecutor) browser.driver()).executeScript(ROWS)).intValue())
				.as("rows of the header in %s", language)
				.isEqualTo(1);
			assertThat(browser.checks().horizontalOverflow()).isZero();
		}
	}

}
