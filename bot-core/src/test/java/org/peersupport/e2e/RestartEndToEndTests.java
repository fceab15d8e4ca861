package org.peersupport.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersupport.BotTestApplication;
import org.peersupport.sandbox.EmulatorLimits;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;

class RestartEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	@TempDir
	Path dataDir;

	@AfterAll
	static void stopEmulator() {
		telegram.close();
	}

	@Test
	void aRestartInTheMiddleOfOnboardingResumesAtTheSameStep() {
		try (ConfigurableApplicationContext first = start()) {
			Person person = new Person(telegram, first.getBean(MongoOperations.class), 3001, "pl");
			person.says("/start").presses("Polski").presses("Zgadzam się").presses("Kobiety po wyjściu z więzienia");
			person.sees("Kiedy nastąpiło Twoje wyjście na wolność?");
		}
		try (ConfigurableApplicationContext second = start()) {
			Person person = new Person(telegram, second.getBean(MongoOperations.class), 3001, "pl");
			person.says("14.03.2025");
			person.sees("W czym potrzebujesz teraz pomocy?");
			person.presses("Leki").presses("Gotowe");
			person.sees("Jak mamy Cię nazywać w grupie?");
		}
		try (ConfigurableApplicationContext third = start()) {
			Person person = new Person(telegram, third.getBean(MongoOperations.class), 3001, "pl");
			person.says("/start");
			List<String> texts = person.texts();
			assertThat(texts.get(texts.size() - 2)).isEqualTo("Kontynuujmy od miejsca, w którym skończyliśmy.");
			person.sees("Jak mamy Cię nazywać w grupie?");
		}
	}

	private ConfigurableApplicationContext start() {
		// Arguments, not default properties: they must beat the tests' memory-store
		// setting.
		List<String> arguments = new ArrayList<>();
		telegram.botProperties().forEach((key, value) -> arguments.add("--" + key + "=" + value));
		arguments.add("--peer.store.embedded=h2");
		arguments.add("--peer.store.data-dir=" + this.dataDir);
		arguments.add("--peer.messaging.rate.enabled=false");
		return new SpringApplicationBuilder(BotTestApplication.class).run(arguments.toArray(String[]::new));
	}

}
