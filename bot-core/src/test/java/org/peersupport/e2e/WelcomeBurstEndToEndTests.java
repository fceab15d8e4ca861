package org.peersupport.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.groups.GroupPlace;
import org.peersupport.groups.GroupSettings;
import org.peersupport.groups.PeerGroups;
import org.peersupport.groups.PlaceStatus;
import org.peersupport.participants.Participants;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.store.MemoryStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Thirty placed people ask to join one group at once: the emulator enforces Telegram's 20
 * messages a minute per group (a 21st message at once is refused with 429), and the bot's
 * limiter spreads the thirty welcomes so that not one is refused.
 */
@SpringBootTest(classes = BotTestApplication.class)
@MemoryStore
class WelcomeBurstEndToEndTests {

	private static final int PEOPLE = 30;

	/** Telegram's limits, with exactly 20 messages a minute per group. */
	static final EmulatorFixture telegram = EmulatorFixture.start(new EmulatorLimits(35, 4, 1.2, 20, true));

	@Autowired
	MongoOperations mongo;

	@Autowired
	PeerGroups groups;

	@Autowired
	Participants participants;

	@DynamicPropertySource
	static void pointAtEmulator(DynamicPropertyRegistry registry) {
		telegram.register(registry);
	}

	@AfterAll
	static void stopEmulator() {
		telegram.close();
	}

	@Test
	void theEmulatorRefusesThe21stMessageAMinuteToAGroup() {
		long group = telegram.emulator().users().createGroup("Loud circle");
		List<Integer> codes = new ArrayList<>();
		for (int i = 0; i < 21; i++) {
			codes.add(call("sendMessage", "{\"chat_id\":" + group + ",\"text\":\"note " + i + "\"}").statusCode());
		}
		assertThat(codes.subList(0, 20)).containsOnly(200);
		assertThat(codes.get(20)).isEqualTo(429);
	}

	@Test
	void aBurstOfThirtyWelcomesGoesOutWithoutA429() {
		long group = telegram.emulator().users().createGroup("Busy circle");
		await().until(() -> this.groups.find(group).isPresent());
		this.groups.activate(group, new GroupSettings("Busy circle", "women-after-prison", "en", PEOPLE, "Be kind."),
				"admin");
		Instant now = Instant.now();
		for (int i = 0; i < PEOPLE; i++) {
			long person = 7000 + i;
			// so that the newcomer's private notice reaches a chat that exists
			telegram.emulator().users().startedLongAgo(person, "en");
			this.participants.recordConsent(person, "en", "onboarding@1", now);
			this.participants.completeOnboarding(person, "women-after-prison", Map.of("pseudonym", "Bird " + i), now);
			// placed and agreed to the rules, as Placement leaves them
			this.mongo.insert(new GroupPlace(group + ":" + i, person, group, i, PlaceStatus.AGREED, "burst" + i, now,
					now, null, GroupPlace.SCHEMA_VERSION));
		}
		String link = inviteLink(group);
		long refusedBefore = telegram.emulator().stats().tooManyRequests();

		for (int i = 0; i < PEOPLE; i++) {
			telegram.emulator().users().join(7000 + i, link);
		}

		await().atMost(Duration.ofMinutes(3))
			.until(() -> telegram.texts(group).stream().filter((t) -> t.startsWith("Welcome to the group")).count(),
					(count) -> count == PEOPLE);
		assertThat(telegram.emulator().stats().tooManyRequests()).isEqualTo(refusedBefore);
	}

	/**
	 * An invite link with join requests, made through the Bot API as the bot makes one.
	 */
	private static String inviteLink(long group) {
		HttpResponse<String> made = call("createChatInviteLink",
				"{\"chat_id\":" + group + ",\"creates_join_request\":true}");
		assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
		Matcher link = Pattern.compile("https://t\\.me/\\+[^\"]+").matcher(made.body());
		assertThat(link.find()).as(made.body()).isTrue();
		return link.group();
	}

	private static HttpResponse<String> call(String method, String body) {
		URI uri = URI.create(telegram.emulator().baseUrl() + "/bot" + EmulatorFixture.TOKEN + "/" + method);
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(uri)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
