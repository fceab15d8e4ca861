package org.peersupport.web.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peersupport.conversation.ScriptCatalog;
import org.peersupport.web.support.MongoTemplates;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A sandbox engine that cannot start (here: the NGO's shared configuration is broken)
 * reports itself unavailable, stays stopped, and tries again on the next use.
 */
class SandboxEngineFailureTests {

	private final MockEnvironment main = new MockEnvironment().withProperty("peer.conversation.idle-timeout",
			"not a duration");

	private final MongoTemplates production = new MongoTemplates();

	private final SandboxEngine engine = new SandboxEngine(EngineSettings.from(this.main),
			new ScriptCatalog(this.production.template(), Set.of(), Clock.systemUTC(), Duration.ZERO));

	@AfterEach
	void close() {
		this.engine.close();
		this.production.close();
	}

	@Test
	void anEngineThatCannotStartIsReportedUnavailableAndTriedAgainNextTime() {
		assertThatThrownBy(this.engine::emulator).isInstanceOf(SandboxUnavailableException.class);
		assertThat(this.engine.isRunning()).isFalse();

		assertThatThrownBy(this.engine::emulator).isInstanceOf(SandboxUnavailableException.class);
		assertThat(this.engine.isRunning()).isFalse();
	}

}
