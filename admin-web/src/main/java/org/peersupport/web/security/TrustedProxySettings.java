package org.peersupport.web.security;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns {@code peer.panel.trusted-proxy} into the servlet container's setting. When the
 * operator declares a TLS proxy in front of the panel, Tomcat reads X-Forwarded-Proto,
 * -Host, -Port and -For, but only from the proxy's addresses (Boot's {@code native}
 * strategy: Tomcat's RemoteIpValve with {@code server.tomcat.remoteip.internal-proxies},
 * by default loopback and private networks). A request through the proxy is then secure:
 * the session cookie is Secure, Spring Security sends HSTS and redirects go to https.
 * Without the setting, forwarded headers are ignored, even on a cloud platform where Boot
 * would otherwise trust them. An explicit {@code server.forward-headers-strategy} wins.
 */
class TrustedProxySettings implements EnvironmentPostProcessor {

	static final String SETTING = "peer.panel.trusted-proxy";

	static final String STRATEGY = "server.forward-headers-strategy";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		boolean trusted = Binder.get(environment).bind(SETTING, Boolean.class).orElse(false);
		environment.getPropertySources()
			.addLast(new MapPropertySource("peerTrustedProxy", Map.of(STRATEGY, trusted ? "native" : "none")));
	}

}
