package org.peersupport.leases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.store.MemoryStore;
import org.peersupport.testing.MutableClock;
import org.peersupport.testing.Race;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = LeasesTestApplication.class, properties = "spring.quartz.auto-startup=false")
@MemoryStore
class NamedLeasesTests {

	private static final Duration MINUTE = Duration.ofMinutes(1);

	@Autowired
	MongoOperations mongo;

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

	@BeforeEach
	void clean() {
		this.mongo.remove(new Query(), Lease.class);
	}

	@Test
	void ofSixteenInstancesRacingForANewLeaseExactlyOneGetsIt() throws Exception {
		List<Boolean> outcomes = Race.run(tryAcquireAtOnce(instances("new", 16)));

		assertThat(outcomes).containsOnlyOnce(true);
		assertThat(this.mongo.findAll(Lease.class)).singleElement()
			.satisfies((lease) -> assertThat(lease.owner()).isEqualTo("new" + outcomes.indexOf(true)));
	}

	@Test
	void ofSixteenInstancesRacingForAnExpiredLeaseExactlyOneGetsIt() throws Exception {
		instance("crashed").tryAcquire("poller", MINUTE);
		// many rounds, so that a race the store does not settle shows in one of them
		for (int round = 0; round < 20; round++) {
			this.clock.advance(MINUTE);

			List<Boolean> outcomes = Race.run(tryAcquireAtOnce(instances("r" + round + "-", 16)));

			assertThat(outcomes).as("round %d", round).containsOnlyOnce(true);
			assertThat(this.mongo.findAll(Lease.class)).singleElement()
				.extracting(Lease::owner)
				.isEqualTo("r" + round + "-" + outcomes.indexOf(true));
		}
	}

	@Test
	void aLeaseOfACrashedInstanceIsTakenOverOnlyAfterItExpires() {
		NamedLeases crashed = instance("crashed");
		NamedLeases other = instance("other");
		assertThat(crashed.tryAcquire("sender", MINUTE)).isTrue();

		this.clock.advance(Duration.ofSeconds(59));
		assertThat(other.tryAcquire("sender", MINUTE)).isFalse();

		this.clock.advance(Duration.ofSeconds(1));
		assertThat(other.tryAcquire("sender", MINUTE)).isTrue();
		assertThat(crashed.renew("sender", MINUTE)).isFalse();
		assertThat(crashed.release("sender")).isFalse();
		assertThat(instance("third").tryAcquire("sender", MINUTE)).isFalse();
	}

	@Test
	void renewingKeepsTheLeasePastItsFirstEnd() {
		NamedLeases holder = instance("holder");
		NamedLeases other = instance("other");
		holder.tryAcquire("retention", MINUTE);

		this.clock.advance(Duration.ofSeconds(50));
		assertThat(holder.renew("retention", MINUTE)).isTrue();
		this.clock.advance(Duration.ofSeconds(50));
		assertThat(other.tryAcquire("retention", MINUTE)).isFalse();

		this.clock.advance(Duration.ofSeconds(10));
		assertThat(other.tryAcquire("retention", MINUTE)).isTrue();
	}

	@Test
	void theHolderMayTakeItsLeaseAgainAndNobodyElseMayRenewIt() {
		NamedLeases holder = instance("holder");
		assertThat(holder.tryAcquire("poller", MINUTE)).isTrue();
		assertThat(holder.tryAcquire("poller", MINUTE)).isTrue();
		assertThat(instance("other").renew("poller", MINUTE)).isFalse();
		assertThat(instance("other").release("poller")).isFalse();
		assertThat(this.mongo.findAll(Lease.class)).singleElement().extracting(Lease::owner).isEqualTo("holder");
	}

	@Test
	void aReleasedLeaseIsFreeAtOnce() {
		NamedLeases holder = instance("holder");
		holder.tryAcquire("poller", MINUTE);

		assertThat(holder.release("poller")).isTrue();

		assertThat(instance("other").tryAcquire("poller", MINUTE)).isTrue();
	}

	@Test
	void leasesOfDifferentNamesAreIndependent() {
		assertThat(instance("a").tryAcquire("poller", MINUTE)).isTrue();
		assertThat(instance("b").tryAcquire("sender", MINUTE)).isTrue();
	}

	private List<NamedLeases> instances(String prefix, int count) {
		List<NamedLeases> instances = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			instances.add(instance(prefix + i));
		}
		return instances;
	}

	private static List<Callable<Boolean>> tryAcquireAtOnce(List<NamedLeases> instances) {
		return instances.stream()
			.<Callable<Boolean>>map((leases) -> () -> leases.tryAcquire("poller", MINUTE))
			.toList();
	}

	private NamedLeases instance(String id) {
		return new NamedLeases(this.mongo, new InstanceId(id), this.clock);
	}

}
