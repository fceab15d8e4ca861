package org.peersupport.silence;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.leases.InstanceId;
import org.peersupport.leases.ItemLeases;
import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.OutboxEntry;
import org.peersupport.onboarding.Erasure;
import org.peersupport.participants.Participants;
import org.peersupport.participants.Programmes;
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

// The whole bot in sandbox mode (no token): warnings go through the real outbox, erasure
// is the real /forget path.
@SpringBootTest(classes = BotTestApplication.class, properties = "spring.quartz.auto-startup=false")
@MemoryStore
class SilentPeopleTests {

	private static final Instant NOW = Instant.parse("2027-11-23T10:00:00Z");

	private static final Silence SILENCE = new Silence(Period.ofMonths(12), Duration.ofDays(7));

	/** A year and six days before {@link #NOW}: due for the warning, not for erasure. */
	private static final Instant NEARLY_A_YEAR_AGO = Instant.parse("2026-11-29T10:00:00Z");

	@Autowired
	MongoOperations mongo;

	@Autowired
	Outbox outbox;

	@Autowired
	Participants participants;

	@Autowired
	Volunteers volunteers;

	@Autowired
	Programmes programmes;

	@Autowired
	Erasure erasure;

	private final MutableClock clock = new MutableClock(NOW);

	@BeforeEach
	void clean() {
		this.mongo.remove(new Query(), LastMessage.class);
		this.mongo.remove(new Query(), OutboxEntry.class);
	}

	@Test
	void twoInstancesWarnEachSilentPersonOnceAndLaterEraseEachOnce() throws Exception {
		for (long chatId = 1; chatId <= 30; chatId++) {
			store(new LastMessage(chatId, NEARLY_A_YEAR_AGO.minusSeconds(chatId), "en", null, null, 1));
		}
		store(new LastMessage(99, NOW.minus(Duration.ofDays(300)), "en", null, null, 1));
		SilentPeople first = instance("first");
		SilentPeople second = instance("second");

		List<Integer> warned = Race.run(List.<Callable<Integer>>of(first::warnDue, second::warnDue));

		assertThat(warned.get(0) + warned.get(1)).isEqualTo(30);
		for (long chatId = 1; chatId <= 30; chatId++) {
			assertThat(messagesTo(chatId)).isOne();
		}
		assertThat(messagesTo(99)).isZero();
		assertThat(first.eraseDue() + second.eraseDue()).as("the warning is a week ahead").isZero();

		this.clock.advance(Duration.ofDays(7));
		List<Integer> erased = Race.run(List.<Callable<Integer>>of(first::eraseDue, second::eraseDue));

		assertThat(erased.get(0) + erased.get(1)).isEqualTo(30);
		assertThat(this.mongo.findAll(LastMessage.class)).extracting(LastMessage::chatId).containsExactly(99L);
	}

	@Test
	void aPersonClaimedByACrashedInstanceIsWarnedByAnotherOnlyAfterTheClaimEnds() {
		store(new LastMessage(7, NEARLY_A_YEAR_AGO, "en", null, null, 1));
		ItemLeases crashed = new ItemLeases(this.mongo, new InstanceId("crashed"), this.clock);
		assertThat(crashed.claimNext(LastMessage.class, LastMessages.dueForWarning(SILENCE.warnCutoff(NOW)),
				Duration.ofMinutes(2)))
			.isPresent();
		SilentPeople other = instance("other");

		assertThat(other.warnDue()).isZero();
		assertThat(messagesTo(7)).isZero();

		this.clock.advance(Duration.ofMinutes(2));
		assertThat(other.warnDue()).isOne();
		assertThat(messagesTo(7)).isOne();
	}

	@Test
	void noOneIsErasedWithoutAWarningAWeekAheadEvenLongAfterTheSilenceEnded() {
		store(new LastMessage(8, NOW.minus(Duration.ofDays(800)), "uk", null, null, 1));
		SilentPeople silent = instance("one");

		assertThat(silent.eraseDue()).isZero();
		assertThat(silent.warnDue()).isOne();
		assertThat(this.mongo.findOne(Query.query(Criteria.where("chatId").is(8L)), OutboxEntry.class).text())
			.startsWith("Ви давно нам не писали.")
			.contains("з 30 листопада 2027 р.");
		this.clock.advance(Duration.ofDays(7).minusMinutes(1));
		assertThat(silent.eraseDue()).isZero();
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(silent.eraseDue()).isOne();
	}

	@Test
	void aWarningAboutAnEarlierSilenceIsGivenAgainBeforeTheErasure() {
		// The person wrote while their warning was being marked: the mark names the
		// silence before it.
		Instant wrote = NOW.minus(Duration.ofDays(400));
		store(new LastMessage(9, wrote, "pl", wrote.minus(Duration.ofDays(3)), wrote.plusMillis(5), 1));
		SilentPeople silent = instance("one");

		assertThat(silent.eraseDue()).isZero();
		assertThat(this.mongo.findById(9L, LastMessage.class).warnedAt()).isNull();
		assertThat(silent.warnDue()).isOne();
		assertThat(messagesTo(9)).isOne();
	}

	@Test
	void aMessageVoidsTheWarningAndConsentStartsTheSilenceForPeopleWithoutOne() {
		LastMessages lastMessages = new LastMessages(this.mongo);
		lastMessages.consented(10, "ru", NEARLY_A_YEAR_AGO);
		SilentPeople silent = instance("one");
		assertThat(silent.warnDue()).isOne();

		lastMessages.heard(10, NOW.plusSeconds(60));
		lastMessages.heard(11, NOW.plusSeconds(60));

		LastMessage last = this.mongo.findById(10L, LastMessage.class);
		assertThat(last.at()).isEqualTo(NOW.plusSeconds(60));
		assertThat(last.warnedFor()).isNull();
		assertThat(last.warnedAt()).isNull();
		assertThat(this.mongo.findById(11L, LastMessage.class)).as("no consent, nothing kept").isNull();
	}

	private SilentPeople instance(String id) {
		return new SilentPeople(this.participants, this.volunteers, this.programmes, this.outbox, this.erasure,
				new ItemLeases(this.mongo, new InstanceId(id), this.clock), SILENCE, this.clock);
	}

	private void store(LastMessage last) {
		this.mongo.insert(last);
	}

	private long messagesTo(long chatId) {
		return this.mongo.count(Query.query(Criteria.where("chatId").is(chatId)), OutboxEntry.class);
	}

}
