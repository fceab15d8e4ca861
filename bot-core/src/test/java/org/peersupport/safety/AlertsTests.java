package org.peersupport.safety;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class AlertsTests {

	private final MongoServer server = started();

	private final MongoClient client = MongoClients
		.create("mongodb://127.0.0.1:" + this.server.getLocalAddress().getPort());

	private final Alerts alerts = new Alerts(new MongoTemplate(this.client, "test"),
			Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC));

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void repeatsAboutOnePersonWhileItIsPendingAreCountedOnOneAlert() {
		this.alerts.raise(ModeratorAlerts.Reason.NEEDS_PERSON, 1, "P-1", "recovery", "message");
		this.alerts.raise(ModeratorAlerts.Reason.NEEDS_PERSON, 1, "P-1", "recovery", "message");
		this.alerts.raise(ModeratorAlerts.Reason.CRISIS, 1, "P-1", "recovery", null);
		this.alerts.raise(ModeratorAlerts.Reason.NEEDS_PERSON, 2, "P-2", "prison", "message");

		List<Alert> all = this.alerts.list(null, true, 10);
		assertThat(all).hasSize(3);
		assertThat(all.get(0).reason()).as("crisis first").isEqualTo(ModeratorAlerts.Reason.CRISIS);
		assertThat(all)
			.filteredOn((alert) -> alert.chatId() == 1 && alert.reason() == ModeratorAlerts.Reason.NEEDS_PERSON)
			.singleElement()
			.satisfies((alert) -> assertThat(alert.count()).isEqualTo(2));
	}

	@Test
	void anAlertNamesTheRequestItIsAboutAndNoOtherNumber() {
		Alert waiting = this.alerts.raise(ModeratorAlerts.Reason.REQUEST_WAITING, 1, "P-1", "recovery", "12");
		Alert handedOver = this.alerts.raise(ModeratorAlerts.Reason.NEEDS_PERSON, 2, "P-2", "recovery",
				"message" + Handoff.REQUEST_NAMED + "34");
		Alert teamOnly = this.alerts.raise(ModeratorAlerts.Reason.NEEDS_PERSON, 3, "P-3", "recovery", "step-7");
		Alert script = this.alerts.raise(ModeratorAlerts.Reason.SCRIPT, 4, "P-4", "recovery", "12");

		assertThat(waiting.requestNumber()).hasValue(12);
		assertThat(handedOver.requestNumber()).hasValue(34);
		assertThat(teamOnly.requestNumber()).isEmpty();
		assertThat(script.requestNumber()).isEmpty();
	}

	@Test
	void aDoneAlertIsNotReopenedByTheNextRaiseWhichStartsANewOne() {
		Alert first = this.alerts.raise(ModeratorAlerts.Reason.NEEDS_PERSON, 1, "P-1", null, "message");
		assertThat(this.alerts.close(first.id(), "mod")).isTrue();
		Alert second = this.alerts.raise(ModeratorAlerts.Reason.NEEDS_PERSON, 1, "P-1", null, "message");

		assertThat(second.id()).isNotEqualTo(first.id());
		assertThat(this.alerts.countPending(null)).isOne();
	}

	@Test
	void theFirstOfManySimultaneousTakesWinsAndTheOthersAreRefused() throws Exception {
		Alert alert = this.alerts.raise(ModeratorAlerts.Reason.CRISIS, 1, "P-1", null, null);
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Boolean>> presses = IntStream.range(0, 12)
			.mapToObj((i) -> CompletableFuture.supplyAsync(() -> {
				await(start);
				return this.alerts.take(alert.id(), "mod-" + i);
			}))
			.toList();
		start.countDown();

		assertThat(presses.stream().map(CompletableFuture::join).filter(Boolean::booleanValue).count()).isOne();
		assertThat(this.alerts.find(alert.id(), null).orElseThrow().status()).isEqualTo(AlertStatus.TAKEN);
		assertThat(this.alerts.close(alert.id(), "mod-0")).isTrue();
		assertThat(this.alerts.close(alert.id(), "mod-1")).as("already done").isFalse();
	}

	@Test
	void aLimitedViewerSeesOnlyTheirProgrammesAlerts() {
		Alert recovery = this.alerts.raise(ModeratorAlerts.Reason.NEEDS_PERSON, 1, "P-1", "recovery", "message");
		this.alerts.raise(ModeratorAlerts.Reason.NEEDS_PERSON, 2, "P-2", "prison", "message");
		this.alerts.raise(ModeratorAlerts.Reason.NEEDS_PERSON, 3, "P-3", null, "message");

		assertThat(this.alerts.list(List.of("recovery"), false, 10)).extracting(Alert::chatId).containsExactly(1L);
		assertThat(this.alerts.find(recovery.id(), List.of("prison"))).isEmpty();
		assertThat(this.alerts.chatsWaitingForSomeone(List.of("recovery"))).containsExactly(1L);
		assertThat(this.alerts.chatsWaitingForSomeone(null)).containsExactlyInAnyOrder(1L, 2L, 3L);
	}

	@Test
	void saysWhoWaitsForSomeoneAndSinceWhenUntilTheAlertIsDone() {
		Alert one = this.alerts.raise(ModeratorAlerts.Reason.NEEDS_PERSON, 1, "P-1", "recovery", "message");
		this.alerts.raise(ModeratorAlerts.Reason.CRISIS, 2, "P-2", null, null);
		Alert three = this.alerts.raise(ModeratorAlerts.Reason.SCRIPT, 3, "P-3", "prison", "intake/help");
		this.alerts.take(three.id(), "mod");
		this.alerts.close(one.id(), "mod");

		assertThat(this.alerts.since()).containsOnlyKeys(2L, 3L)
			.containsEntry(3L, Instant.parse("2026-12-02T10:00:00Z"));
	}

	@Test
	void erasureRemovesEveryAlertAboutThePerson() {
		this.alerts.raise(ModeratorAlerts.Reason.NEEDS_PERSON, 1, "P-1", "recovery", "message");
		this.alerts.raise(ModeratorAlerts.Reason.CRISIS, 1, "P-1", "recovery", null);
		this.alerts.raise(ModeratorAlerts.Reason.CRISIS, 2, "P-2", "recovery", null);

		this.alerts.erase(1);

		assertThat(this.alerts.list(null, false, 10)).extracting(Alert::chatId).containsExactly(2L);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static MongoServer started() {
		MongoServer server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", 0);
		return server;
	}

}
