package org.peersupport.web.security;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peersupport.web.support.PanelClient;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without {@code peer.panel.trusted-proxy} (the default), forwarded headers are the
 * client's own text and change nothing: a client can neither send the login back to
 * another host nor pass its plain connection off as secure. Through the real server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
class UntrustedForwardedHeadersTests {

	@LocalServerPort
	int port;

	@Test
	void forwardedHeadersFromAClientAreIgnored() {
		PanelClient client = new PanelClient(this.port);
		HttpResponse<String> signedOut = client.get("/audit", TrustedProxyTests.FROM_PROXY);
		client.get("/login", TrustedProxyTests.FROM_PROXY);

		HttpResponse<String> signedIn = client.signIn("root-admin", "correct-horse-1", TrustedProxyTests.FROM_PROXY);

		String direct = "http://127.0.0.1:" + this.port;
		assertThat(signedOut.headers().firstValue("Location")).hasValue(direct + "/login");
		assertThat(signedIn.headers().firstValue("Location")).hasValue(direct + "/audit?continue");
		for (HttpResponse<String> response : List.of(signedOut, signedIn)) {
			assertThat(response.headers().allValues("Set-Cookie"))
				.allSatisfy((cookie) -> assertThat(cookie).doesNotContainIgnoringCase("secure"));
			assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
		}
	}

}
