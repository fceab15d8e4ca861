package org.peersupport.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.logging.Level;
import java.util.Map;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts one headless Chromium per test class (through the system chromedriver, never
 * Selenium Manager), points it at the random port, and clears its cookies before each
 * test.
 */
final class BrowserExtension implements ExecutionCondition, ParameterResolver, BeforeEachCallback {

	static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (browserInstalled()) {
			return ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed");
		}
		if (browserRequired()) {
			// Run, so that creating the browser fails the build instead of skipping.
			return ConditionEvaluationResult.enabled("Browser required: the test will fail");
		}
		String message = "BROWSER TESTS SKIPPED: " + CHROMIUM + " or " + CHROMEDRIVER
				+ " is missing. Install chromium and chromium-driver (.ci/run does), or set PEER_BROWSER_REQUIRED=true to fail instead.";
		System.err.println("\n*** " + message + " ***\n");
		return ConditionEvaluationResult.disabled(message);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return browser(context);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		Browser browser = classContext(context).getStore(NAMESPACE).get(Browser.class, Browser.class);
		if (browser != null) {
			browser.forgetSession();
		}
	}

	private static Browser browser(ExtensionContext context) {
		ExtensionContext classContext = classContext(context);
		Browser browser = classContext.getStore(NAMESPACE)
			.computeIfAbsent(Browser.class, (key) -> start(classContext), Browser.class);
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		browser.useBaseUrl("http://127.0.0.1:" + port);
		return browser;
	}

	private static ExtensionContext classContext(ExtensionContext context) {
		ExtensionContext current = context;
		while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
			current = current.getParent().get();
		}
		return current;
	}

	private static Browser start(ExtensionContext classContext) {
		if (!browserInstalled()) {
			throw new IllegalStateException("PEER_BROWSER_REQUIRED=true but " + CHROMIUM + " or " + CHROMEDRIVER
					+ " is missing: install chromium and chromium-driver");
		}
		Path root = directory(Paths.get("target", "browser",
				classContext.getRequiredTestClass().getSimpleName() + "-" + System.nanoTime()));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.withEnvironment(Map.of("HOME", directory(root.resolve("home")).toString(), "XDG_CONFIG_HOME",
					directory(root.resolve("config")).toString(), "XDG_CACHE_HOME",
					directory(root.resolve("cache")).toString()))
			.withLogFile(root.resolve("chromedriver.log").toFile())
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,800", "--user-data-dir=" + directory(root.resolve("profile")).toAbsolutePath());
		// what the page's scripts log (errors, refused resources), for
		// Browser.consoleErrors
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return new Browser(driver);
	}

	private static Path directory(Path path) {
		try {
			return Files.createDirectories(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean browserInstalled() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	private static boolean browserRequired() {
		return "true".equalsIgnoreCase(System.getenv("PEER_BROWSER_REQUIRED"))
				|| "true".equalsIgnoreCase(System.getProperty("peer.browser.required"));
	}

}
