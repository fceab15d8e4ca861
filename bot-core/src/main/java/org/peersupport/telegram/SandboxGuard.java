package org.peersupport.telegram;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses, before anything connects, to start without a bot token on a real MongoDB: a
 * production deploy that lost its token must not quietly run a sandbox on real data.
 */
class SandboxGuard implements EnvironmentPostProcessor {

	static final String MESSAGE = "No TELEGRAM_BOT_TOKEN is set while MONGODB_URI points to a real database. "
			+ "Refusing to start a sandbox on real data: set TELEGRAM_BOT_TOKEN, or unset MONGODB_URI to try the "
			+ "sandbox on the embedded store.";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String token = environment.getProperty("peer.telegram.token", "");
		String uri = environment.getProperty("spring.mongodb.uri", environment.getProperty("MONGODB_URI", ""));
		if (token.isBlank() && !uri.isBlank()) {
			throw new IllegalStateException(MESSAGE);
		}
	}

}
