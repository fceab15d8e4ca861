package org.peersupport.checkins;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.leases.InstanceId;
import org.peersupport.leases.ItemLeases;
import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.OutboxEntry;
import org.peersupport.participants.ParticipantOnboarded;
import org.peersupport.participants.Participants;
import org.peersupport.store.MemoryStore;
import org.peersupport.testing.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

// A programme's check-in settings saved as the panel saves them, on a fake clock: the
// schedules move to the new cadence at once, the prompts follow it, and configuration
// applies again when they are forgotten. The same context as DueCheckInsTests.
@SpringBootTest(classes = BotTestApplication.class,
		properties = { "spring.quartz.auto-startup=false", "peer.checkins.time=09:30" })
@MemoryStore
class ProgrammeCheckInSettingsTests {

	/** Saturday 20 March 2027, 07:00 UTC (08:00 in Warsaw). */
	private static final Instant DAY_0 = Instant.parse("2027-03-20T07:00:00Z");

	private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

	@Autowired
	MongoOperations mongo;

	@Autowired
	Outbox outbox;

	@Autowired
	Participants participants;

	@Autowired
	Schedules schedules;

	@Autowired
	Prompts prompts;

	@Autowired
	CheckInPlans plans;

	@Autowired
	CheckInsProperties properties;

	@Autowired
	ApplicationEventPublisher events;

	private final MutableClock clock = new MutableClock(DAY_0);

	private CheckInPlanChanges changes;

	@BeforeEach
	void clean() {
		this.mongo.remove(new Query(), CheckInSchedule.class);
		this.mongo.remove(new Query(), OutboxEntry.class);
		this.changes = new CheckInPlanChanges(this.plans, this.schedules, this.clock);
	}

	@AfterEach
	void forgetSaved() {
		this.plans.remove("recovery");
		this.plans.remove("circles");
	}

	@Test
	void savedPhasesMoveTheNextPromptAndThePromptsFollowThem() {
		onboard(1, "recovery");
		onboard(2, "circles");
		assertThat(next(1)).as("configuration's daily phase: today 09:30")
			.isEqualTo(LocalDateTime.parse("2027-03-20T09:30"));

		this.changes.save("recovery", List.of(new Phase(Period.ofDays(14), "? * MON,THU"), new Phase(null, "? * MON")),
				3, 2, "admin");

		assertThat(next(1)).as("Monday").isEqualTo(LocalDateTime.parse("2027-03-22T09:30"));
		assertThat(next(2)).as("another programme keeps configuration's")
			.isEqualTo(LocalDateTime.parse("2027-03-20T09:30"));
		DueCheckIns due = new DueCheckIns(this.schedules, this.prompts, this.outbox,
				new ItemLeases(this.mongo, new InstanceId("one"), this.clock), Duration.ofHours(3),
				this.plans::ladderOf, this.events, this.clock);
		for (int hour = 0; hour < 24 * 21; hour++) {
			this.clock.advance(Duration.ofHours(1));
			due.sendDue();
		}
		assertThat(promptDays(1)).as("Mondays and Thursdays for 14 days, then Mondays")
			.containsExactly("2027-03-22", "2027-03-25", "2027-03-29", "2027-04-01", "2027-04-05");
		assertThat(promptDays(2)).as("daily for 14 days, then Mondays and Thursdays").hasSize(14 + 2);
	}

	@Test
	void savingTwiceMovesNothingTheSecondTimeAndForgettingBringsConfigurationBack() {
		onboard(3, "recovery");
		List<Phase> weekly = List.of(new Phase(null, "? * FRI"));
		this.changes.save("recovery", weekly, 3, 2, "admin");
		assertThat(next(3)).isEqualTo(LocalDateTime.parse("2027-03-26T09:30"));
		assertThat(this.schedules.reschedule("recovery", this.clock.instant())).as("moved again").isOne();
		assertThat(next(3)).isEqualTo(LocalDateTime.parse("2027-03-26T09:30"));
		assertThat(this.plans.planOf("recovery").saved()).isTrue();

		CheckInPlan restored = this.changes.restoreConfiguration("recovery");

		assertThat(restored.saved()).isFalse();
		assertThat(restored.phases()).isEqualTo(CheckInsProperties.DEFAULT_PHASES);
		assertThat(this.plans.planOf("recovery").phases()).isEqualTo(CheckInsProperties.DEFAULT_PHASES);
		assertThat(next(3)).isEqualTo(LocalDateTime.parse("2027-03-20T09:30"));
	}

	@Test
	void phasesOutOfOrderAreRefusedAndNothingIsSaved() {
		onboard(5, "recovery");
		List<Phase> unordered = List.of(new Phase(null, "? * FRI"), new Phase(Period.ofDays(14), "* * ?"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.changes.save("recovery", unordered, 3, 2, "admin"));
		assertThat(this.plans.planOf("recovery").saved()).isFalse();
		assertThat(next(5)).isEqualTo(LocalDateTime.parse("2027-03-20T09:30"));
	}

	@Test
	void aStoppedScheduleIsNotStartedByAChange() {
		onboard(4, "recovery");
		this.schedules.stop(4, this.clock.instant());
		this.changes.save("recovery", List.of(new Phase(null, "? * FRI")), 3, 2, "admin");
		assertThat(this.schedules.find(4).orElseThrow().nextRunAt()).isNull();
	}

	@Test
	void anotherInstanceSeesASavedChangeOnceItsCopyIsOlderThanTheBound() {
		AtomicLong ticks = new AtomicLong();
		CheckInPlans other = new CheckInPlans(this.mongo, this.properties, Duration.ofSeconds(30), ticks::get);
		assertThat(other.ladderOf("recovery")).isEqualTo(new Ladder(3, 2));

		this.changes.save("recovery", List.of(new Phase(null, "? * FRI")), 1, 4, "admin");

		assertThat(this.plans.ladderOf("recovery")).as("this instance, at once").isEqualTo(new Ladder(1, 4));
		ticks.addAndGet(TimeUnit.SECONDS.toNanos(29));
		assertThat(other.ladderOf("recovery")).as("the other, within its bound").isEqualTo(new Ladder(3, 2));
		ticks.addAndGet(TimeUnit.SECONDS.toNanos(2));
		assertThat(other.ladderOf("recovery")).isEqualTo(new Ladder(1, 4));
		assertThat(other.phasesOf("recovery")).containsExactly(new Phase(null, "? * FRI"));
	}

	private void onboard(long chatId, String programme) {
		this.participants.recordConsent(chatId, "en", "onboarding@2", DAY_0);
		this.participants.completeOnboarding(chatId, programme,
				Map.of("timeZone", WARSAW.getId(), "pseudonym", "P" + chatId), DAY_0);
		this.events.publishEvent(new ParticipantOnboarded(chatId, programme, DAY_0));
	}

	private LocalDateTime next(long chatId) {
		return LocalDateTime.ofInstant(this.schedules.find(chatId).orElseThrow().nextRunAt(), WARSAW);
	}

	private List<String> promptDays(long chatId) {
		return this.mongo
			.find(Query.query(Criteria.where("chatId").is(chatId).and("origin").regex("^checkin:"))
				.with(Sort.by("createdAt")), OutboxEntry.class)
			.stream()
			.map((entry) -> Instant
				.ofEpochMilli(Long.parseLong(entry.origin().substring(entry.origin().lastIndexOf(':') + 1)))
				.atZone(WARSAW)
				.toLocalDate()
				.toString())
			.toList();
	}

}
