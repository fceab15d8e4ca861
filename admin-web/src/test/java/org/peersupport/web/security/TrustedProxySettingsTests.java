package org.peersupport.web.security;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class TrustedProxySettingsTests {

	private final MockEnvironment environment = new MockEnvironment();

	@Test
	void withoutATrustedProxyForwardedHeadersAreIgnored() {
		assertThat(strategy()).isEqualTo("none");
	}

	@Test
	void aTrustedProxyTurnsOnTomcatsForwardedHeaders() {
		this.environment.setProperty("peer.panel.trusted-proxy", "true");

		assertThat(strategy()).isEqualTo("native");
	}

	@Test
	void anExplicitStrategyWins() {
		this.environment.setProperty("peer.panel.trusted-proxy", "true");
		this.environment.setProperty("server.forward-headers-strategy", "framework");

		assertThat(strategy()).isEqualTo("framework");
	}

	private String strategy() {
		new TrustedProxySettings().postProcessEnvironment(this.environment, null);
		return this.environment.getProperty(TrustedProxySettings.STRATEGY);
	}

}
