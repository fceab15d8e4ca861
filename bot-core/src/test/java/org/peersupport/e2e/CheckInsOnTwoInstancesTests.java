package org.peersupport.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.checkins.DueCheckIns;
import org.peersupport.participants.ParticipantOnboarded;
import org.peersupport.participants.Participants;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.sandbox.SandboxUsers;
import org.peersupport.testing.Race;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances on one store, both running the check-in job at once (by hand: the
 * emulator fixture keeps Quartz off): a thousand participants due in the same minute each
 * get exactly one prompt, sent at Telegram's limits (the emulator enforces 30/s overall
 * and 1/s per chat) without a 429.
 */
class CheckInsOnTwoInstancesTests {

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.telegramDefaults());

	static final int PARTICIPANTS = 1_000;

	static final long FIRST = 80_000;

	@AfterAll
	static void stopEmulator() {
		telegram.close();
	}

	@Test
	void aThousandParticipantsDueInTheSameMinuteEachGetOnePromptWithoutA429() throws Exception {
		try (TwoInstances instances = new TwoInstances()) {
			ConfigurableApplicationContext a = instances.polling("a", telegram, Map.of());
			ConfigurableApplicationContext b = instances.polling("b", telegram, Map.of());
			try {
				SandboxUsers users = telegram.emulator().users();
				Participants participants = a.getBean(Participants.class);
				Instant now = Instant.now();
				for (long chatId = FIRST; chatId < FIRST + PARTICIPANTS; chatId++) {
					users.startedLongAgo(chatId, "en");
					participants.recordConsent(chatId, "en", "onboarding@3", now);
					participants.completeOnboarding(chatId, "recovery", Map.of("pseudonym", "P" + chatId), now);
					a.publishEvent(new ParticipantOnboarded(chatId, "recovery", now));
				}
				// All due in this minute.
				MongoOperations mongo = a.getBean(MongoOperations.class);
				mongo.getCollection("check_in_schedules")
					.updateMany(new Document(), new Document("$set", new Document("nextRunAt", Date.from(now))));

				List<Integer> stored = Race.run(List.<Callable<Integer>>of(a.getBean(DueCheckIns.class)::sendDue,
						b.getBean(DueCheckIns.class)::sendDue));

				assertThat(stored.get(0) + stored.get(1)).isEqualTo(PARTICIPANTS);
				await().atMost(Duration.ofMinutes(3))
					.until(() -> telegram.emulator().stats().sentMessages() >= PARTICIPANTS);
				for (long chatId = FIRST; chatId < FIRST + PARTICIPANTS; chatId++) {
					assertThat(users.messages(chatId)).as("chat %d", chatId)
						.singleElement()
						.satisfies((message) -> assertThat(message.text()).startsWith("How are you today?"));
				}
				assertThat(telegram.emulator().stats().tooManyRequests()).isZero();
			}
			finally {
				a.close();
				b.close();
			}
		}
	}

}
