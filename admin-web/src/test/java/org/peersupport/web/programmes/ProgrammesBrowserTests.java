package org.peersupport.web.programmes;

import java.time.Period;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.peersupport.checkins.CheckInPlanChanges;
import org.peersupport.checkins.CheckInPlans;
import org.peersupport.checkins.Phase;
import org.peersupport.web.support.Browser;
import org.peersupport.web.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin edits a programme's check-in phases in a real browser: from the menu to the
 * programme, a bad cron expression refused beside its field with its reason (in English,
 * then in Polish), nothing saved; a good one saved, shown in words on the page and the
 * list, and in effect.
 */
@BrowserTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
class ProgrammesBrowserTests {

	@Autowired
	CheckInPlans plans;

	@Autowired
	CheckInPlanChanges changes;

	@AfterEach
	void backToConfiguration() {
		this.changes.restoreConfiguration("recovery");
	}

	@Test
	void anAdminEditsAProgrammesPhasesABadCronIsRefusedWithItsReasonAGoodOneIsSavedAndShown(Browser browser) {
		browser.signIn("root-admin", "correct-horse-1");
		browser.clickAndWait(By.cssSelector("#menu a[href='/programmes']"));
		browser.clickAndWait(By.cssSelector("#programmes a[href='/programmes/recovery']"));
		assertThat(browser.text(By.id("days-0-words"))).isEqualTo("every day");

		browser.type("days-1", "? * MON,FOO");
		browser.clickAndWait(By.id("save"));

		assertThat(browser.text(By.id("form-error"))).isEqualTo("Nothing was saved. Correct the fields marked below.");
		assertThat(browser.text(By.id("days-1-error"))).contains("The day of week must be from 1 to 7 or SUN to SAT");
		assertThat(browser.find(By.id("days-1")).getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.find(By.id("days-1")).getDomProperty("value")).isEqualTo("? * MON,FOO");
		assertThat(this.plans.planOf("recovery").saved()).isFalse();

		browser.clickAndWait(By.id("lang-pl"));
		browser.open("/programmes/recovery");
		browser.type("days-1", "? * MON,FOO");
		browser.clickAndWait(By.id("save"));
		assertThat(browser.text(By.id("days-1-error"))).contains("Dzień tygodnia to liczba od 1 do 7");
		browser.clickAndWait(By.id("lang-en"));
		browser.open("/programmes/recovery");

		browser.type("until-0", "3");
		browser.find(By.cssSelector("#unit-0 option[value='weeks']")).click();
		browser.type("days-0", "? * MON-FRI");
		browser.type("until-1", "");
		browser.type("days-1", "? * TUE");
		browser.type("until-2", "");
		browser.type("days-2", "");
		browser.clickAndWait(By.id("save"));

		assertThat(browser.text(By.cssSelector("p.notice"))).contains("The programme’s settings are saved");
		assertThat(browser.text(By.id("source"))).startsWith("Saved in the panel by root-admin");
		assertThat(browser.text(By.id("days-0-words")))
			.isEqualTo("every Monday, Tuesday, Wednesday, Thursday and Friday");
		assertThat(browser.text(By.id("days-1-words"))).isEqualTo("every Tuesday");
		assertThat(browser.find(By.id("until-0")).getDomProperty("value")).isEqualTo("21");
		assertThat(this.plans.planOf("recovery").phases()).containsExactly(new Phase(Period.ofWeeks(3), "? * MON-FRI"),
				new Phase(null, "? * TUE"));

		browser.clickAndWait(By.cssSelector("a[href='/programmes']"));
		assertThat(browser.text(By.cssSelector("#programmes tr[data-key='recovery']"))).contains(
				"every Monday, Tuesday, Wednesday, Thursday and Friday, for the first 21 days",
				"every Tuesday, from then on", "Saved in the panel");
	}

}
