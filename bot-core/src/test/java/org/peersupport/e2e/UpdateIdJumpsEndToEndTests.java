package org.peersupport.e2e;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.messaging.Inbox;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.store.MemoryStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Telegram's update ids are not always increasing: after a week without updates the next
 * one is picked at random, and a purged inbox or a fresh emulator starts again from 1.
 * Nothing but the inbox's de-duplication window may take an update id for the update.
 */
@SpringBootTest(classes = BotTestApplication.class, properties = "peer.messaging.rate.enabled=false")
@MemoryStore
class UpdateIdJumpsEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	/** The first steps of onboarding, one message or press each. */
	static final List<Consumer<Person>> WALK = List.of((person) -> person.says("/start"),
			(person) -> person.presses("English"), (person) -> person.presses("I agree"),
			(person) -> person.presses("Women after prison"), (person) -> person.says("14.03.2025"));

	@Autowired
	MongoOperations mongo;

	@Autowired
	Inbox inbox;

	@DynamicPropertySource
	static void pointAtEmulator(DynamicPropertyRegistry registry) {
		telegram.register(registry);
	}

	@AfterAll
	static void stopEmulator() {
		telegram.close();
	}

	@Test
	void everyoneIsAnsweredOnceWhenUpdateIdsJumpBackAndAtRandom() {
		// What each step of the walk answers, from someone who walks it with no jump.
		List<List<String>> expected = new ArrayList<>();
		Person control = person(3000);
		for (Consumer<Person> step : WALK) {
			step.accept(control);
			expected.add(control.texts());
		}
		Walker ann = new Walker(person(3001));
		Walker ben = new Walker(person(3002));
		ann.step();
		ann.step();
		ben.step();

		// A week without updates: the retention job has forgotten the handled ids, and
		// Telegram starts again low.
		this.inbox.purgeHandledBefore(Instant.now().plus(1, ChronoUnit.DAYS));
		telegram.emulator().nextUpdateId(1);
		Walker cara = new Walker(person(3003));
		cara.step();
		ann.step();
		ben.step();

		telegram.emulator().nextUpdateIdAtRandom();
		Walker dan = new Walker(person(3004));
		dan.step();
		ann.step();
		ben.step();
		cara.step();

		// Back below the random ids, without a purge (ids not in the inbox's window).
		telegram.emulator().nextUpdateId(500);
		ann.step();
		dan.step();
		cara.step();

		for (Walker walker : List.of(ann, ben, cara, dan)) {
			assertThat(walker.person.texts()).as("what chat %d was sent", walker.person.chatId())
				.isEqualTo(expected.get(walker.done - 1));
		}
		assertThat(ann.done).isEqualTo(WALK.size());
	}

	private Person person(long chatId) {
		return new Person(telegram, this.mongo, chatId, "en");
	}

	/** A person going through the walk one step at a time. */
	static final class Walker {

		final Person person;

		int done;

		Walker(Person person) {
			this.person = person;
		}

		void step() {
			WALK.get(this.done++).accept(this.person);
		}

	}

}
