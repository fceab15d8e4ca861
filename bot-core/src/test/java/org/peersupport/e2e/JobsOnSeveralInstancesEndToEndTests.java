package org.peersupport.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.conversation.ConsentGiven;
import org.peersupport.conversation.IdleConversations;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.sandbox.SandboxUsers;
import org.peersupport.silence.SilentPeople;
import org.peersupport.testing.Race;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The periodic jobs on two instances of one store, run at the same moment on both, as
 * Quartz on two machines would: every item is handled by one of them, once. Covers the
 * idle-conversation pause and the silence warning and erasure (the jobs that claim items
 * through {@code leases.ItemLeases}).
 */
class JobsOnSeveralInstancesEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	static final int USERS = 60;

	static final long FIRST_USER = 81_000;

	static final String PAUSED = "We paused our conversation";

	static final String WARNED = "You have not written to us for a long time";

	/**
	 * Everyone is idle after two seconds and due a silence warning at once (erasure after
	 * no time, warned two seconds before).
	 */
	static final Map<String, String> SHORT_TIMES = Map.of("peer.conversation.idle-timeout", "2s",
			"peer.silence.erase-after", "0d", "peer.silence.warn-before", "2s");

	@BeforeEach
	void reset() {
		telegram.emulator().reset();
	}

	@AfterAll
	static void stopEmulator() {
		telegram.close();
	}

	@Test
	void eachIdleConversationIsPausedOnceWhenBothInstancesLookAtOnce() throws Exception {
		try (TwoInstances instances = new TwoInstances()) {
			try (ConfigurableApplicationContext a = instances.plain("a", telegram, SHORT_TIMES);
					ConfigurableApplicationContext b = instances.plain("b", telegram, SHORT_TIMES)) {
				SandboxUsers users = telegram.emulator().users();
				for (int user = 0; user < USERS; user++) {
					users.sendText(FIRST_USER + user, "/start", "en");
				}
				await().atMost(Duration.ofSeconds(120)).until(() -> everyoneHeardFromTheBot());
				Thread.sleep(2_500); // the idle timeout passes for everyone

				int paused = onBothAtOnce(a, b, (context) -> context.getBean(IdleConversations.class).pauseIdle());

				assertThat(paused).as("conversations paused by both instances together").isEqualTo(USERS);
				await().atMost(Duration.ofSeconds(60)).until(() -> countOf(PAUSED) == USERS);
				await().during(Duration.ofSeconds(2))
					.atMost(Duration.ofSeconds(30))
					.until(() -> countOf(PAUSED) == USERS);
				for (int user = 0; user < USERS; user++) {
					assertThat(telegram.texts(FIRST_USER + user)).as("chat %d", FIRST_USER + user)
						.filteredOn((text) -> text.startsWith(PAUSED))
						.hasSize(1);
				}
			}
		}
	}

	@Test
	void eachSilentPersonIsWarnedOnceAndErasedOnceWhenBothInstancesLookAtOnce() throws Exception {
		try (TwoInstances instances = new TwoInstances()) {
			try (ConfigurableApplicationContext a = instances.plain("a", telegram, SHORT_TIMES);
					ConfigurableApplicationContext b = instances.plain("b", telegram, SHORT_TIMES)) {
				// people the bot has talked to (Telegram refuses a chat that never
				// started)
				SandboxUsers users = telegram.emulator().users();
				for (int user = 0; user < USERS; user++) {
					users.sendText(FIRST_USER + user, "/start", "en");
				}
				await().atMost(Duration.ofSeconds(120)).until(() -> everyoneHeardFromTheBot());
				// the silence clock starts at consent, whichever instance records it
				for (int user = 0; user < USERS; user++) {
					ConfigurableApplicationContext recorder = (user % 2 == 0) ? a : b;
					recorder
						.publishEvent(new ConsentGiven(FIRST_USER + user, "onboarding", "test", "en", Instant.now()));
				}

				int warned = onBothAtOnce(a, b, (context) -> context.getBean(SilentPeople.class).warnDue());

				assertThat(warned).as("people warned by both instances together").isEqualTo(USERS);
				await().atMost(Duration.ofSeconds(60)).until(() -> countOf(WARNED) == USERS);
				for (int user = 0; user < USERS; user++) {
					assertThat(telegram.texts(FIRST_USER + user)).as("chat %d", FIRST_USER + user)
						.filteredOn((text) -> text.startsWith(WARNED))
						.hasSize(1);
				}

				Thread.sleep(2_500); // the warning's lead time passes
				int erased = onBothAtOnce(a, b, (context) -> context.getBean(SilentPeople.class).eraseDue());

				assertThat(erased).as("people erased by both instances together").isEqualTo(USERS);
				assertThat(onBothAtOnce(a, b, (context) -> context.getBean(SilentPeople.class).eraseDue()))
					.as("nobody is left to erase")
					.isZero();
			}
		}
	}

	/** Runs the job on both instances at the same moment; the sum of what they did. */
	private static int onBothAtOnce(ConfigurableApplicationContext a, ConfigurableApplicationContext b,
			ToIntFunction<ConfigurableApplicationContext> job) throws Exception {
		return Race.run(List.<Callable<Integer>>of(() -> job.applyAsInt(a), () -> job.applyAsInt(b)))
			.stream()
			.mapToInt(Integer::intValue)
			.sum();
	}

	private static boolean everyoneHeardFromTheBot() {
		for (int user = 0; user < USERS; user++) {
			if (telegram.texts(FIRST_USER + user).isEmpty()) {
				return false;
			}
		}
		return true;
	}

	private static long countOf(String start) {
		long count = 0;
		for (int user = 0; user < USERS; user++) {
			count += telegram.texts(FIRST_USER + user).stream().filter((text) -> text.startsWith(start)).count();
		}
		return count;
	}

}
