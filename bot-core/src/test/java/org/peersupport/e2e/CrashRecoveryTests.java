package org.peersupport.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersupport.BotTestApplication;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundInterceptor;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Screening;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CrashRecoveryTests {

	private final EmulatorFixture telegram = EmulatorFixture.start();

	@TempDir
	Path dataDir;

	@AfterEach
	void stopEmulator() {
		this.telegram.close();
	}

	@Test
	void anUpdateStoredButNotHandledBeforeAStopIsAnsweredExactlyOnceAfterRestart() throws InterruptedException {
		HoldingInterceptor holding = new HoldingInterceptor();
		ConfigurableApplicationContext first = start(holding);
		this.telegram.emulator().users().sendText(801, "/start", "en");
		assertThat(holding.entered.await(20, TimeUnit.SECONDS)).as("the update reached handling").isTrue();
		first.close();
		holding.release.countDown();
		assertThat(this.telegram.texts(801)).as("nothing was answered before the stop").isEmpty();

		try (ConfigurableApplicationContext second = start(null)) {
			await().atMost(Duration.ofSeconds(20)).until(() -> this.telegram.texts(801).size() == 1);
			await().during(Duration.ofSeconds(1)).until(() -> this.telegram.texts(801).size() == 1);
			assertThat(this.telegram.texts(801).get(0)).startsWith("Hello!");
		}
	}

	private ConfigurableApplicationContext start(InboundInterceptor interceptor) {
		Map<String, Object> properties = new HashMap<>(this.telegram.botProperties());
		properties.put("peer.store.embedded", "h2");
		properties.put("peer.store.data-dir", this.dataDir.toString());
		SpringApplicationBuilder builder = new SpringApplicationBuilder(BotTestApplication.class);
		if (interceptor != null) {
			builder.initializers((context) -> context.getBeanFactory().registerSingleton("holding", interceptor));
		}
		// As arguments: they outrank the tests' default of the memory store.
		return builder.run(properties.entrySet()
			.stream()
			.map((e) -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new));
	}

	/**
	 * Holds the first update inside handling until released, then fails it: a stop at
	 * that point.
	 */
	static final class HoldingInterceptor implements InboundInterceptor {

		final CountDownLatch entered = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		@Override
		public Screening inspect(InboundEvent event, Replies replies) {
			this.entered.countDown();
			try {
				this.release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			throw new IllegalStateException("the application stopped here");
		}

	}

}
