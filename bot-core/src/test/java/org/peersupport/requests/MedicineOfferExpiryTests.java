package org.peersupport.requests;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.leases.InstanceId;
import org.peersupport.leases.ItemLeases;
import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.OutboxEntry;
import org.peersupport.participants.Volunteers;
import org.peersupport.store.MemoryStore;
import org.peersupport.testing.MutableClock;
import org.peersupport.testing.Race;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Offers expire at the end of their last day on a fake clock: two instances mark each due
 * offer once and tell its donor once; an offer claimed by a crashed instance is expired
 * by another once the claim ends; a withdrawn offer is left alone.
 */
@SpringBootTest(classes = BotTestApplication.class, properties = "spring.quartz.auto-startup=false")
@MemoryStore
class MedicineOfferExpiryTests {

	private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

	@Autowired
	MongoOperations mongo;

	@Autowired
	Outbox outbox;

	@Autowired
	Volunteers volunteers;

	@Autowired
	MedicineOffers offers;

	private final MutableClock clock = new MutableClock(NOW);

	@BeforeEach
	void clean() {
		this.mongo.remove(new Query(), MedicineOffer.class);
		this.mongo.remove(new Query(), OutboxEntry.class);
	}

	@Test
	void twoInstancesExpireEachDueOfferOnceAndTellItsDonorOnce() throws Exception {
		for (long chat = 1; chat <= 30; chat++) {
			offer(chat, NOW.minusSeconds(chat), MedicineOffer.Status.ACTIVE);
		}
		offer(98, NOW.plus(Duration.ofHours(1)), MedicineOffer.Status.ACTIVE);
		offer(99, NOW.minusSeconds(5), MedicineOffer.Status.WITHDRAWN);
		MedicineOfferExpiry first = instance("first");
		MedicineOfferExpiry second = instance("second");

		List<Integer> expired = Race.run(List.<Callable<Integer>>of(first::expireDue, second::expireDue));

		assertThat(expired.get(0) + expired.get(1)).isEqualTo(30);
		for (long chat = 1; chat <= 30; chat++) {
			assertThat(status(chat)).isEqualTo(MedicineOffer.Status.EXPIRED);
			assertThat(notesTo(chat)).isOne();
		}
		assertThat(status(98)).isEqualTo(MedicineOffer.Status.ACTIVE);
		assertThat(status(99)).isEqualTo(MedicineOffer.Status.WITHDRAWN);
		assertThat(notesTo(98) + notesTo(99)).isZero();

		// The standing one expires when its day ends on the clock.
		this.clock.advance(Duration.ofHours(1));
		assertThat(first.expireDue()).isOne();
		assertThat(status(98)).isEqualTo(MedicineOffer.Status.EXPIRED);
		assertThat(this.mongo.find(Query.query(Criteria.where("chatId").is(98L)), OutboxEntry.class)).singleElement()
			.satisfies(
					(entry) -> assertThat(
							entry.text())
						.isEqualTo("Your medicine offer has expired: insulin, 2 pens, any region, until "
								+ java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")
									.format(LocalDate.ofInstant(NOW.plus(Duration.ofHours(1)), ZoneOffset.UTC))
								+ ". Send /offer_medicine to record a new one."));
	}

	@Test
	void anOfferClaimedByACrashedInstanceIsExpiredByAnotherOnlyAfterTheClaimEnds() {
		offer(7, NOW.minusSeconds(1), MedicineOffer.Status.ACTIVE);
		ItemLeases crashed = new ItemLeases(this.mongo, new InstanceId("crashed"), this.clock);
		assertThat(crashed.claimNext(MedicineOffer.class, MedicineOffers.expiryDue(NOW), Duration.ofMinutes(2)))
			.isPresent();
		MedicineOfferExpiry other = instance("other");

		assertThat(other.expireDue()).isZero();
		assertThat(status(7)).isEqualTo(MedicineOffer.Status.ACTIVE);
		assertThat(notesTo(7)).isZero();

		this.clock.advance(Duration.ofMinutes(2));
		assertThat(other.expireDue()).isOne();
		assertThat(status(7)).isEqualTo(MedicineOffer.Status.EXPIRED);
		assertThat(notesTo(7)).isOne();
	}

	private MedicineOfferExpiry instance(String id) {
		return new MedicineOfferExpiry(new ItemLeases(this.mongo, new InstanceId(id), this.clock), this.outbox,
				this.volunteers, this.clock);
	}

	private void offer(long chat, Instant expiresAt, MedicineOffer.Status status) {
		this.offers.record(new MedicineOffer("MO-" + chat, chat, "V-" + chat, "recovery", "insulin", "2 pens", null,
				LocalDate.ofInstant(expiresAt, ZoneOffset.UTC), expiresAt, status, NOW, null,
				MedicineOffer.SCHEMA_VERSION));
	}

	private MedicineOffer.Status status(long chat) {
		return this.mongo.findById("MO-" + chat, MedicineOffer.class).status();
	}

	private long notesTo(long chat) {
		return this.mongo.count(Query.query(Criteria.where("chatId").is(chat)), OutboxEntry.class);
	}

}
