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
		assertThat(browser.text(By.id("scripts-notice")))
			.isEqualTo("Saved as a draft: version " + (shipped + 1) + " of onboarding. Publish it when it is ready.");
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
		assertThat(browser.text(By.id("scripts-notice")))
			.isEqualTo("Version " + (shipped + 1) + " of onboarding is published, replacing version " + shipped + ".");
		assertThat(browser.text(By.cssSelector("tr[data-key='" + draft + "']"))).contains("Published");
		assertThat(this.catalog.published("onboarding").version()).isEqualTo(shipped + 1);

		browser.clickAndWait(By.cssSelector("[data-script='onboarding'] form.rollback button"));
		browser.clickAndWait(By.id("confirm"));
		assertThat(browser.text(By.id("scripts-notice"))).isEqualTo("Rolled back: version " + shipped
				+ " of onboarding is published again, replacing version " + (shipped + 1) + ".");
		assertThat(browser.text(By.cssSelector("tr[data-key='" + published + "']"))).contains("Published");
		assertThat(this.catalog.published("onboarding").version()).isEqualTo(shipped);
	}

	@Test
	void eachProblemMovesTheCaretToItsLineWhichTheLineNumbersShowAndThePageFitsAPhone(Browser browser) {
		browser.signIn("root-admin", "correct-horse-1");
		browser.checks().phoneWidth(390);
		try {
			browser.open("/scripts");
			String published = this.catalog.publishedVersion("volunteer-signup").orElseThrow().key();
			browser.clickAndWait(By.cssSelector("tr[data-key='" + published + "'] a.edit"));
			String shown = browser.find(By.id("source")).getDomProperty("value");
			String broken = shown.replace("next: contact\n", "next: cotnact\n");
			int typo = lineOf(broken, "next: cotnact");

			save(browser, broken);

			WebElement problem = browser.find(By.cssSelector("#script-problems li.problem > a.goto-line"));
			assertThat(problem.getText())
				.isEqualTo("Line " + typo + ": step “real-name” goes to “cotnact”, which does not exist.");
			assertThat(browser.findAll(By.cssSelector("#script-problems li.problem"))).hasSize(1);
			assertThat(browser.find(By.cssSelector("#script-problems details.follow-ons")).getDomProperty("open"))
				.isEqualTo("false");
			assertThat(lineNumbers(browser)).hasSize(lineCount(broken));
			assertThat(browser.checks().horizontalOverflow()).as("px wider than a 390 px screen").isZero();
			assertThat(browser.checks().axeViolations()).isEmpty();

			problem.click();

			assertThat(caretLine(browser)).isEqualTo(typo);
			assertThat(selectedText(browser)).isEqualTo("    next: cotnact");
			assertThat(lineNumberInView(browser, typo)).as("line number %s beside the visible text", typo)
				.isEqualTo("in view");
			assertThat(browser.find(By.cssSelector("#source-gutter span:nth-child(" + typo + ")"))
				.getDomAttribute("class")).isEqualTo("gutter-problem");

			browser.click(By.cssSelector("#script-problems details.follow-ons summary"));
			WebElement lastFollowOn = browser.findAll(By.cssSelector("#script-problems details.follow-ons a.goto-line"))
				.stream()
				.reduce((first, second) -> second)
				.orElseThrow();
			int far = Integer.parseInt(lastFollowOn.getDomAttribute("data-line"));
			assertThat(far).isGreaterThan(typo + 30);
			lastFollowOn.click();

			assertThat(caretLine(browser)).isEqualTo(far);
			assertThat(lineNumberInView(browser, far)).isEqualTo("in view");
			assertThat(((Number) js(browser).executeScript("return arguments[0].scrollTop;",
					browser.find(By.id("source"))))
				.longValue()).as("the text scrolled to a far line").isPositive();

			save(browser, broken.replace("next: cotnact\n", "next: contact\n"));
			int next = Integer.parseInt(published.substring(published.indexOf('@') + 1)) + 1;
			assertThat(browser.text(By.id("scripts-notice"))).startsWith("Saved as a draft: version " + next
					+ " of volunteer-signup. Version " + (next - 1) + " is already published");
		}
		finally {
			browser.checks().desktop();
		}
	}

	/** The line (from 1) the caret is on in the editor, read from selectionStart. */
	private static int caretLine(Browser browser) {
		Object line = js(browser).executeScript("""
				var area = document.getElementById('source');
				if (document.activeElement !== area) { return -1; }
				return area.value.substring(0, area.selectionStart).split('\\n').length;""");
		return ((Number) line).intValue();
	}

	private static String selectedText(Browser browser) {
		return (String) js(browser).executeScript(
				"var a = document.getElementById('source'); return a.value.substring(a.selectionStart, a.selectionEnd);");
	}

	/**
	 * Whether the number of {@code line} shows within the editor's box, level with the
	 * text's rows.
	 */
	private static String lineNumberInView(Browser browser, int line) {
		return (String) js(browser).executeScript(
				"""
						var area = document.getElementById('source');
						var gutter = document.getElementById('source-gutter');
						var number = gutter.children[arguments[0] - 1];
						var box = gutter.getBoundingClientRect();
						var at = number.getBoundingClientRect();
						var lineHeight = parseFloat(getComputedStyle(area).lineHeight);
						var textTop = area.getBoundingClientRect().top + area.clientTop
							+ parseFloat(getComputedStyle(area).paddingTop) + (arguments[0] - 1) * lineHeight - area.scrollTop;
						var fine = at.top >= box.top && at.bottom <= box.bottom && Math.abs(at.height - lineHeight) < 0.5
							&& Math.abs(at.top - textTop) < 1 && gutter.scrollTop === area.scrollTop;
						return fine ? 'in view' : JSON.stringify({ box: [box.top, box.bottom], at: [at.top, at.bottom],
							lineHeight: lineHeight, textTop: textTop, gutterScroll: gutter.scrollTop, areaScroll: area.scrollTop });""",
				line);
	}

	@SuppressWarnings("unchecked")
	private static List<String> lineNumbers(Browser browser) {
		return (List<String>) js(browser).executeScript(
				"return Array.from(document.querySelectorAll('#source-gutter span')).map(function (s) { return s.textContent; });");
	}

	private static int lineCount(String text) {
		return text.split("\n", -1).length;
	}

	private static JavascriptExecutor js(Browser browser) {
		return (JavascriptExecutor) browser.driver();
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
