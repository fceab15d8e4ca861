package org.peersupport.e2e;

import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.sandbox.EmulatorFaults;
import org.peersupport.sandbox.SandboxUsers;
import org.peersupport.store.MemoryStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What operators see: health of the store, Telegram and the scheduler, and the metrics of
 * the update path, through the real TelegramBots client and the emulator.
 */
@SpringBootTest(classes = BotTestApplication.class,
		properties = { "peer.messaging.retry-initial=100ms", "peer.messaging.rate.enabled=false" })
@MemoryStore
class HealthAndMetricsEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start();

	@Autowired
	Map<String, HealthIndicator> indicators;

	@Autowired
	MeterRegistry meters;

	@DynamicPropertySource
	static void pointAtEmulator(DynamicPropertyRegistry registry) {
		telegram.register(registry);
	}

	@AfterAll
	static void stopEmulator() {
		telegram.close();
	}

	@Test
	void healthShowsTheStoreTelegramAndTheScheduler() {
		assertThat(this.indicators).containsKeys("storeHealthIndicator", "telegramHealthIndicator",
				"schedulerHealthIndicator");
		for (String name : new String[] { "storeHealthIndicator", "telegramHealthIndicator",
				"schedulerHealthIndicator" }) {
			assertThat(this.indicators.get(name).health().getStatus()).as(name).isEqualTo(Status.UP);
		}
	}

	@Test
	void metricsCountUpdatesTheirHandlingSendsByResultDeadLettersAndTheOutboxDepth() {
		SandboxUsers users = telegram.emulator().users();
		EmulatorFaults faults = telegram.emulator().faults();
		users.sendText(701, "/start", "en");
		await().until(() -> !users.messages(701).isEmpty());
		faults.failNext("sendMessage", 429, "Too Many Requests: retry after 1", 1);
		users.sendText(702, "/start", "en");
		await().until(() -> !users.messages(702).isEmpty());
		faults.failNext("sendMessage", 502, "Bad Gateway", null);
		users.sendText(703, "/start", "en");
		await().until(() -> !users.messages(703).isEmpty());
		faults.failNext("sendMessage", 403, "Forbidden: bot was blocked by the user", null);
		users.sendText(704, "/start", "en");
		await().until(() -> sends("403") >= 1);
		faults.failNext("sendMessage", 400, "Bad Request: chat not found", null);
		users.sendText(705, "/start", "en");
		await().until(() -> this.meters.get("peer.outbox.dead_letters").counter().count() >= 1);

		assertThat(this.meters.get("peer.updates.handled").tag("result", "ok").counter().count())
			.isGreaterThanOrEqualTo(5);
		assertThat(this.meters.get("peer.updates.handling").timer().count()).isGreaterThanOrEqualTo(5);
		assertThat(sends("ok")).isGreaterThanOrEqualTo(3);
		assertThat(sends("429")).isGreaterThanOrEqualTo(1);
		assertThat(sends("5xx")).isGreaterThanOrEqualTo(1);
		await().until(() -> this.meters.get("peer.outbox.depth").gauge().value() == 0);
	}

	private double sends(String result) {
		var counter = this.meters.find("peer.sends").tag("result", result).counter();
		return (counter != null) ? counter.count() : 0;
	}

}
