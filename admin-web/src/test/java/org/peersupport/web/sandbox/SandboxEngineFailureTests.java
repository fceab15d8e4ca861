package org.peersupport.web.sandbox;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

/**
 * A sandbox engine that cannot start (here: the NGO's shared configuration is broken)
 * reports itself unavailable, stays stopped, and tries again on the next use.
 */
class SandboxEngineFailureTests {

	private final MockEnvironment main = new MockEnvironment().withProperty("peer.conversation.idle-timeout",
			"not a duration");

	private final SandboxEngine engine = new SandboxEngine(EngineSettings.from(this.main), mock(MongoOperations.class));

	@AfterEach
	void close() {
		this.engine.close();
	}

	@Test
	void anEngineThatCannotStartIsReportedUnavailableAndTriedAgainNextTime() {
		assertThatThrownBy(this.engine::emulator).isInstanceOf(SandboxUnavailableException.class);
		assertThat(this.engine.isRunning()).isFalse();

		assertThatThrownBy(this.engine::emulator).isInstanceOf(SandboxUnavailableException.class);
		assertThat(this.engine.isRunning()).isFalse();
	}

}
