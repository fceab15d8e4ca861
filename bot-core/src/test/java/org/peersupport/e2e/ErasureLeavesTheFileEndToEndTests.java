package org.peersupport.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersupport.BotTestApplication;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.testing.MutableClock;
import org.peersupport.store.EmbeddedMongo;
import org.peersupport.store.RawFile;
import org.peersupport.store.StoreProperties;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * After {@code /forget} the person's pseudonym and texts, a crisis text among them, are
 * gone from the raw bytes of the embedded store's file once the rewrite delay has passed,
 * not only from what queries see.
 */
class ErasureLeavesTheFileEndToEndTests {

	private static final String PSEUDONYM = "Heron Zq7731";

	private static final String CRISIS = "I want to kill myself Zq7731 tonight";

	private static final String ANSWER = "Zq7731 lives behind the old mill";

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	@TempDir
	Path dataDir;

	@AfterAll
	static void stopEmulator() {
		telegram.close();
	}

	@Test
	void anErasedPersonsBytesLeaveTheDataFileWithinTheRewriteDelay() {
		MutableClock clock = new MutableClock(Instant.now());
		Path file = this.dataDir.resolve(StoreProperties.DATA_FILE_NAME);
		try (ConfigurableApplicationContext bot = start(clock)) {
			EmbeddedMongo store = bot.getBean(EmbeddedMongo.class);
			Person person = new Person(telegram, bot.getBean(MongoOperations.class), 4001, "en");
			person.says("/start").presses("English").presses("I agree").presses("Women after prison");
			person.says("14.03.2025").presses("Help finding work").presses("Done");
			person.says(CRISIS);
			person.sees("We’ll leave the questions for now.");
			person.says("/start");
			person.sees("What should we call you in the group?");
			person.says(PSEUDONYM);
			person.sees("Which time zone do you live in?");
			person.presses(person.lastButtons().get(0));
			// free text after onboarding: a request for a person, which keeps it
			person.says(ANSWER);
			person.sees("Thank you for writing to me.");
			// the reply can come before the last of the bot's writes for it
			await("the onboarded person's pseudonym is in the file").atMost(Duration.ofSeconds(20))
				.until(() -> RawFile.contains(file, PSEUDONYM));

			person.says("/forget").presses("Yes, erase everything");
			// The erasure removes the person's outbox entries, so the wait for an empty
			// outbox can end before the answer has reached the chat.
			await().atMost(Duration.ofSeconds(20))
				.until(() -> person.lastText().startsWith("Done: everything we kept about you has been erased."));
			long before = store.rewrites();

			clock.advance(StoreProperties.DEFAULT_REWRITE_DELAY.minusSeconds(1));
			await().pollDelay(Duration.ofMillis(2_500)).until(() -> true);
			assertThat(store.rewrites()).as("no rewrite before the delay").isEqualTo(before);

			clock.advance(Duration.ofSeconds(1));
			await().atMost(Duration.ofSeconds(60)).until(() -> store.rewrites() > before);
			assertThat(List.of(PSEUDONYM, CRISIS, ANSWER, "Zq7731")).noneMatch((text) -> RawFile.contains(file, text));

			person.says("/start");
			person.sees("Hello! I’m the bot of a peer-support community.");
		}
	}

	private ConfigurableApplicationContext start(MutableClock clock) {
		// Arguments, not default properties: they must beat the tests' memory-store
		// setting.
		List<String> arguments = new ArrayList<>();
		telegram.botProperties().forEach((key, value) -> arguments.add("--" + key + "=" + value));
		arguments.add("--peer.store.embedded=h2");
		arguments.add("--peer.store.data-dir=" + this.dataDir);
		arguments.add("--peer.messaging.rate.enabled=false");
		return new SpringApplicationBuilder(BotTestApplication.class)
			.initializers((context) -> context.getBeanFactory().registerSingleton("clock", clock))
			.run(arguments.toArray(String[]::new));
	}

}
