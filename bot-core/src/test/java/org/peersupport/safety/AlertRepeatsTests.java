package org.peersupport.safety;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.leases.InstanceId;
import org.peersupport.leases.ItemLeases;
import org.peersupport.messaging.Button;
import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.OutboxEntry;
import org.peersupport.store.MemoryStore;
import org.peersupport.testing.MutableClock;
import org.peersupport.testing.Race;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

// The whole bot in sandbox mode: the repeats go through the real outbox (to a moderators'
// chat the sandbox does not have, which is all the same here: what is stored counts).
@SpringBootTest(classes = BotTestApplication.class,
		properties = { "spring.quartz.auto-startup=false", "peer.moderators.chat-id=" + AlertRepeatsTests.MODERATORS,
				"peer.moderators.alerts.repeat-after=10m" })
@MemoryStore
class AlertRepeatsTests {

	static final long MODERATORS = -100_777_000L;

	private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

	@Autowired
	MongoOperations mongo;

	@Autowired
	Outbox outbox;

	@Autowired
	ModeratorsProperties moderators;

	private final MutableClock clock = new MutableClock(NOW);

	private Alerts alerts;

	@BeforeEach
	void clean() {
		this.mongo.remove(new Query(), Alert.class);
		this.mongo.remove(new Query(), OutboxEntry.class);
		this.alerts = new Alerts(this.mongo, this.clock);
	}

	@Test
	void anUntakenCrisisAlertIsRepeatedOnceAfterTheDelayByOneOfTwoInstancesAndNotOnLaterSweeps() throws Exception {
		Alert crisis = this.alerts.raise(ModeratorAlerts.Reason.CRISIS, 1, "P-ONE", "recovery", "recovery");
		this.alerts.raise(ModeratorAlerts.Reason.NEEDS_PERSON, 2, "P-TWO", "recovery", "message");
		Alert taken = this.alerts.raise(ModeratorAlerts.Reason.CRISIS, 3, "P-THREE", "recovery", "recovery");
		this.alerts.take(taken.id(), "mod");
		AlertRepeats first = instance("first");
		AlertRepeats second = instance("second");

		this.clock.advance(Duration.ofMinutes(10).minusSeconds(1));
		assertThat(first.repeatDue() + second.repeatDue()).as("not yet").isZero();

		this.clock.advance(Duration.ofSeconds(1));
		List<Integer> repeated = Race.run(List.<Callable<Integer>>of(first::repeatDue, second::repeatDue));

		assertThat(repeated.get(0) + repeated.get(1)).isOne();
		List<OutboxEntry> sent = toModerators();
		assertThat(sent).singleElement().satisfies((entry) -> {
			assertThat(entry.text()).startsWith("🚨🚨 STILL WAITING").contains("P-ONE", "recovery", "10 min");
			assertThat(entry.buttons()).flatExtracting((row) -> row)
				.containsExactly(new Button("✋ I take it", "al:" + crisis.id()));
		});
		Alert marked = this.alerts.find(crisis.id(), null).orElseThrow();
		assertThat(marked.repeatedAt()).isEqualTo(this.clock.instant());
		assertThat(marked.messages()).containsExactly(sent.get(0).id());

		for (int sweep = 0; sweep < 5; sweep++) {
			this.clock.advance(Duration.ofMinutes(10));
			assertThat(first.repeatDue() + second.repeatDue()).isZero();
		}
		assertThat(toModerators()).hasSize(1);
	}

	@Test
	void anAlertClaimedByACrashedInstanceIsRepeatedByAnotherOnlyAfterTheClaimEnds() {
		Alert crisis = this.alerts.raise(ModeratorAlerts.Reason.CRISIS, 1, "P-ONE", "recovery", "recovery");
		this.clock.advance(Duration.ofMinutes(11));
		ItemLeases crashed = new ItemLeases(this.mongo, new InstanceId("crashed"), this.clock);
		assertThat(crashed.claimNext(Alert.class,
				Alerts.untakenFor(this.moderators.alerts().repeatAfter(), this.clock.instant()), Duration.ofMinutes(2)))
			.isPresent();
		AlertRepeats other = instance("other");

		assertThat(other.repeatDue()).isZero();
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(other.repeatDue()).isOne();
		assertThat(toModerators()).singleElement()
			.satisfies((entry) -> assertThat(entry.text()).contains("P-ONE", "13 min"));
		assertThat(this.alerts.find(crisis.id(), null).orElseThrow().repeatedAt()).isNotNull();
	}

	@Test
	void anAlertTakenBeforeTheDelayIsNeverRepeated() {
		Alert crisis = this.alerts.raise(ModeratorAlerts.Reason.CRISIS, 1, "P-ONE", "recovery", "recovery");
		this.clock.advance(Duration.ofMinutes(9));
		this.alerts.take(crisis.id(), "mod");
		this.clock.advance(Duration.ofMinutes(30));

		assertThat(instance("one").repeatDue()).isZero();
		assertThat(toModerators()).isEmpty();
	}

	private AlertRepeats instance(String id) {
		return new AlertRepeats(new ItemLeases(this.mongo, new InstanceId(id), this.clock), this.outbox,
				this.moderators, this.clock);
	}

	private List<OutboxEntry> toModerators() {
		return this.mongo.find(Query.query(Criteria.where("chatId").is(MODERATORS)), OutboxEntry.class);
	}

}
