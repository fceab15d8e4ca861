package org.peersupport.web.security;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.peersupport.web.support.PanelClient;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS proxy that the operator declares ({@code peer.panel.trusted-proxy=true}),
 * through the real server: the proxy's forwarded headers make the request secure, so the
 * session cookie is Secure, HSTS is sent and the login returns to https on the proxy's
 * host. {@link UntrustedForwardedHeadersTests} checks the default.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"peer.admin.username=root-admin", "peer.admin.password=correct-horse-1", "peer.panel.trusted-proxy=true" })
class TrustedProxyTests {

	static final String[] FROM_PROXY = { "X-Forwarded-Proto", "https", "X-Forwarded-Host", "panel.example.org",
			"X-Forwarded-For", "203.0.113.7" };

	@LocalServerPort
	int port;

	@Test
	void aSignedOutVisitorIsSentToTheHttpsLoginWithASecureSessionCookieAndHsts() {
		HttpResponse<String> response = new PanelClient(this.port).get("/audit", FROM_PROXY);

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).isIn("/login", "https://panel.example.org/login"));
		assertThat(response.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("; Secure"));
		assertThat(response.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age="));
	}

	@Test
	void afterSigningInTheVisitorIsSentBackOverHttps() {
		PanelClient client = new PanelClient(this.port);
		client.get("/audit", FROM_PROXY);
		client.get("/login", FROM_PROXY);

		HttpResponse<String> response = client.signIn("root-admin", "correct-horse-1", FROM_PROXY);

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValue("https://panel.example.org/audit?continue");
		assertThat(response.headers().allValues("Set-Cookie"))
			.allSatisfy((cookie) -> assertThat(cookie).containsIgnoringCase("; Secure"));
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
	}

}
