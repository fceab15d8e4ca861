package org.peersupport;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The service refuses to run a sandbox on a real database.
 */
class TelegramEdgeConfigurationTests {

	@Test
	void noTokenWithARealMongoUriRefusesToStartWithAClearMessage() {
		SpringApplicationBuilder builder = new SpringApplicationBuilder(BotTestApplication.class);
		assertThatThrownBy(
				() -> builder.run("--spring.mongodb.uri=mongodb://127.0.0.1:1/prod?serverSelectionTimeoutMS=200",
						"--peer.telegram.token=", "--spring.quartz.auto-startup=false"))
			.hasStackTraceContaining("Refusing to start a sandbox on real data");
	}

}
