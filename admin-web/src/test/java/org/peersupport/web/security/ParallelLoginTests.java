package org.peersupport.web.security;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.peersupport.web.PanelProperties;
import org.peersupport.web.support.PanelClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.times;

/**
 * Password guesses sent all at once, through the real server: however many arrive
 * together, at most {@code peer.panel.lockout.max-failures} passwords are checked, and
 * the right password afterwards is refused while the lock lasts. A name without an
 * account is handled exactly the same, so neither the answer nor the time it takes tells
 * whether an account exists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
class ParallelLoginTests {

	static final int GUESSES = 40;

	@LocalServerPort
	int port;

	@MockitoSpyBean
	PasswordEncoder passwords;

	@Autowired
	StaffAccounts staff;

	@Autowired
	LoginLockout lockout;

	@Autowired
	PanelProperties properties;

	@Test
	void fortyParallelWrongPasswordsCheckAtMostTheAllowedNumberAndTheRightOneIsRefusedAfterwards() throws Exception {
		this.staff.create("parallel-mod", "right-password-1", PanelRole.MODERATOR, Locale.ENGLISH);

		List<HttpResponse<String>> answers = guessAtOnce("parallel-mod", GUESSES);
		HttpResponse<String> right = new PanelClient(this.port).openLoginPage()
			.signIn("parallel-mod", "right-password-1");

		assertThat(answers).allSatisfy((answer) -> assertThat(location(answer)).endsWith("/login?error"));
		assertThat(location(right)).endsWith("/login?error");
		then(this.passwords).should(times(maxFailures())).matches(any(), any());
		assertThat(this.lockout.isLocked("parallel-mod")).isTrue();
	}

	@Test
	void aNameWithoutAnAccountIsCheckedAndLockedTheSameWay() throws Exception {
		List<HttpResponse<String>> answers = guessAtOnce("nobody-by-this-name", GUESSES);

		assertThat(answers).allSatisfy((answer) -> assertThat(location(answer)).endsWith("/login?error"));
		then(this.passwords).should(times(maxFailures())).matches(any(), any());
		assertThat(this.lockout.isLocked("nobody-by-this-name")).isTrue();
	}

	private int maxFailures() {
		return this.properties.lockout().maxFailures();
	}

	/** Each guess from its own session, all released at the same moment. */
	private List<HttpResponse<String>> guessAtOnce(String username, int guesses) throws Exception {
		List<PanelClient> clients = new ArrayList<>();
		for (int i = 0; i < guesses; i++) {
			clients.add(new PanelClient(this.port).openLoginPage());
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(guesses);
		try {
			List<Future<HttpResponse<String>>> sent = new ArrayList<>();
			for (int i = 0; i < guesses; i++) {
				PanelClient client = clients.get(i);
				String guess = "wrong-password-" + i;
				sent.add(pool.submit(() -> {
					start.await();
					return client.signIn(username, guess);
				}));
			}
			start.countDown();
			List<HttpResponse<String>> answers = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : sent) {
				answers.add(answer.get());
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static String location(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(302);
		return response.headers().firstValue("Location").orElse("");
	}

}
