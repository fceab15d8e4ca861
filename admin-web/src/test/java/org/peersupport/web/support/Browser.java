package org.peersupport.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A headless Chromium pointed at the panel under test. */
public final class Browser implements AutoCloseable {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private final WebDriver driver;

	private String baseUrl;

	Browser(WebDriver driver) {
		this.driver = driver;
	}

	void useBaseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public WebDriver driver() {
		return this.driver;
	}

	/** The layout and accessibility checks of the page shown. */
	public PageChecks checks() {
		return new PageChecks(this);
	}

	/** Opens a path of the panel, e.g. {@code /login}. */
	public Browser open(String path) {
		this.driver.get(this.baseUrl + path);
		return this;
	}

	/** The path of the page shown now, without host and query. */
	public String path() {
		String url = this.driver.getCurrentUrl();
		String rest = url.substring(this.baseUrl.length());
		int query = rest.indexOf('?');
		return (query >= 0) ? rest.substring(0, query) : rest;
	}

	public WebElement find(By by) {
		return new WebDriverWait(this.driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(by));
	}

	public List<WebElement> findAll(By by) {
		return this.driver.findElements(by);
	}

	public Browser type(String id, String text) {
		WebElement field = find(By.id(id));
		field.clear();
		field.sendKeys(text);
		return this;
	}

	/** Clicks without waiting (for a page that updates in place). */
	public Browser click(By by) {
		find(by).click();
		return this;
	}

	/** Clicks and waits until the page it leads to has replaced this one. */
	public Browser clickAndWait(By by) {
		WebElement element = find(by);
		element.click();
		new WebDriverWait(this.driver, WAIT).until((driver) -> isGone(element));
		return this;
	}

	/**
	 * Whether the element left the page. Chromium sometimes answers a replaced node with
	 * "Node with given id does not belong to the document" instead of a stale-element
	 * error; both mean the page was replaced.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.StaleElementReferenceException ex) {
			return true;
		}
		catch (org.openqa.selenium.WebDriverException ex) {
			String message = String.valueOf(ex.getMessage());
			if (message.contains("does not belong to the document") || message.contains("No node with given id")) {
				return true;
			}
			throw ex;
		}
	}

	public String text(By by) {
		return find(by).getText();
	}

	/**
	 * The errors the browser's console got since the last call (a script's error, a
	 * resource refused by the Content Security Policy or not found), each as its message.
	 */
	public List<String> consoleErrors() {
		return this.driver.manage()
			.logs()
			.get(org.openqa.selenium.logging.LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
			.map(org.openqa.selenium.logging.LogEntry::getMessage)
			.toList();
	}

	public String pageText() {
		return find(By.tagName("body")).getText();
	}

	/** Signs in through the login form. */
	public Browser signIn(String username, String password) {
		open("/login");
		type("username", username);
		type("password", password);
		return clickAndWait(By.id("sign-in"));
	}

	public Browser signOut() {
		return clickAndWait(By.id("logout"));
	}

	/** Forgets the session, as a new visitor would be. */
	public void forgetSession() {
		if (this.baseUrl != null) {
			this.driver.manage().deleteAllCookies();
		}
	}

	/** Saves a PNG of the visible page. */
	public Path screenshot(Path target) {
		byte[] png = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES);
		try {
			Files.createDirectories(target.toAbsolutePath().getParent());
			return Files.write(target, png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
