package org.peersupport.checkins;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// The whole bot in sandbox mode (no token) on a fake clock: prompts go into the real
// outbox; the job's Quartz trigger is off and the test runs it by hand.
@SpringBootTest(classes = BotTestApplication.class,
		properties = { "spring.quartz.auto-startup=false", "peer.checkins.time=09:30" })
@MemoryStore
class DueCheckInsTests {

	/** Saturday 20 March 2027, 07:00 UTC; Warsaw moves its clocks on 28 March. */
	private static final Instant DAY_0 = Instant.parse("2027-03-20T07:00:00Z");

	private static final LocalTime AT = LocalTime.of(9, 30);

	/** The default ladder: a follow-up after 3 unanswered prompts, an alert after 5. */
	private static final Ladder LADDER = new Ladder(3, 2);

	/** How long after a due time the job runs in these tests. */
	private static final Duration STEP = Duration.ofMinutes(10);

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
	MoodPoints moods;

	@Autowired
	ApplicationEventPublisher events;

	private final MutableClock clock = new MutableClock(DAY_0);

	@BeforeEach
	void clean() {
		this.mongo.remove(new Query(), CheckInSchedule.class);
		this.mongo.remove(new Query(), OutboxEntry.class);
	}

	@Test
	void aParticipantGetsExactlyThePromptsOfTheirPhasesFor120DaysAtTheirLocalTimeAcrossDaylightSaving() {
		onboard(1, "Europe/Warsaw");
		onboard(2, "Asia/Tokyo");
		DueCheckIns due = instance("one");

		runFor(due, Duration.ofDays(120));

		for (long chatId : List.of(1L, 2L)) {
			ZoneId zone = ZoneId.of((chatId == 1) ? "Europe/Warsaw" : "Asia/Tokyo");
			List<Instant> expected = expected(zone, LocalDate.ofInstant(DAY_0, zone), DAY_0,
					DAY_0.plus(Duration.ofDays(120)));
			assertThat(promptTimes(chatId)).as("prompts in %s", zone).containsExactlyElementsOf(expected);
			assertThat(promptTimes(chatId))
				.allSatisfy((occurrence) -> assertThat(occurrence.atZone(zone).toLocalTime()).isEqualTo(AT));
		}
		// 14 daily, then Mondays and Thursdays to 20 June, then Mondays to 18 July.
		assertThat(promptTimes(1)).hasSize(14 + 22 + 4);
		assertThat(promptTimes(1).get(8).atZone(ZoneId.of("UTC")).toLocalTime()).as("28 March, summer time")
			.isEqualTo(LocalTime.of(7, 30));
		assertThat(promptTimes(1).get(7).atZone(ZoneId.of("UTC")).toLocalTime()).as("27 March, winter time")
			.isEqualTo(LocalTime.of(8, 30));
	}

	@Test
	void atStartTheOnboardedWithoutAScheduleGetOneAndTheOthersKeepTheirs() {
		onboard(11, "Europe/Warsaw");
		onboard(12, "Asia/Tokyo");
		this.participants.recordConsent(13, "en", "onboarding@2", DAY_0); // not onboarded
		// the other tests' participants (one context) lost their schedules to clean()
		this.schedules.startMissing(DAY_0);
		this.schedules.stop(11, DAY_0);
		this.mongo.remove(Query.query(Criteria.where("_id").is(12L)), CheckInSchedule.class);

		assertThat(this.schedules.startMissing(DAY_0)).isOne();
		assertThat(this.schedules.startMissing(DAY_0)).isZero();

		assertThat(this.schedules.find(11)).hasValueSatisfying((kept) -> assertThat(kept.stopped()).isTrue());
		assertThat(this.schedules.find(12))
			.hasValueSatisfying((started) -> assertThat(started.zone()).isEqualTo("Asia/Tokyo"));
		assertThat(this.schedules.find(13)).isEmpty();
	}

	@Test
	void aPauseHoldsThePromptsUntilItEndsAndAStopUntilTheyStartAgain() {
		onboard(3, "Europe/Warsaw");
		DueCheckIns due = instance("one");
		runFor(due, Duration.ofDays(3));
		assertThat(promptTimes(3)).hasSize(3);

		this.schedules.pause(3, this.clock.instant().plus(Duration.ofDays(4)), this.clock.instant());
		runFor(due, Duration.ofDays(4));
		assertThat(promptTimes(3)).as("paused").hasSize(3);
		runFor(due, Duration.ofDays(1));
		assertThat(promptTimes(3)).as("the pause ended").hasSize(4);

		this.schedules.stop(3, this.clock.instant());
		runFor(due, Duration.ofDays(30));
		assertThat(promptTimes(3)).as("stopped").hasSize(4);

		this.schedules.resume(3, this.clock.instant());
		runFor(due, Duration.ofDays(7));
		assertThat(promptTimes(3)).as("started again: Monday and Thursday").hasSize(6);
	}

	@Test
	void aPauseMadeWhileTheJobHeldTheScheduleIsHonouredAtTheNextPrompt() {
		onboard(4, "Europe/Warsaw");
		this.clock.advance(Duration.ofHours(2));
		ItemLeases crashed = new ItemLeases(this.mongo, new InstanceId("slow"), this.clock);
		CheckInSchedule claimed = crashed
			.claimNext(CheckInSchedule.class, Schedules.due(this.clock.instant()), Duration.ofMinutes(2))
			.orElseThrow();
		this.schedules.pause(4, this.clock.instant().plus(Duration.ofDays(5)), this.clock.instant());
		// The slow run finishes with the next time it computed before the pause.
		crashed.complete(CheckInSchedule.class, 4L,
				new Update().set("nextRunAt", this.schedules.nextRunAt(claimed, this.clock.instant())));

		runFor(instance("one"), Duration.ofDays(4));

		assertThat(promptTimes(4)).isEmpty();
	}

	@Test
	void aPromptMissedWhileTheServiceWasDownIsSentOnceWithinItsWindowElseSkippedAndCounted() {
		onboard(5, "Europe/Warsaw");
		DueCheckIns due = instance("one");
		// Down from before 09:30 until 11:00: sent once at start.
		this.clock.advance(Duration.ofHours(4));
		assertThat(due.sendDue()).isOne();
		assertThat(due.sendDue()).isZero();
		assertThat(promptTimes(5)).hasSize(1);

		// Down for three days, back at 14:00, 4 h 30 after 09:30: past the 3 h window,
		// nothing is sent.
		this.clock.advance(Duration.ofDays(3).plusHours(2));
		assertThat(due.sendDue()).isZero();
		assertThat(promptTimes(5)).hasSize(1);
		assertThat(this.schedules.find(5).orElseThrow().skipped()).isEqualTo(3);
		assertThat(this.schedules.find(5).orElseThrow().nextRunAt()).isAfter(this.clock.instant());
	}

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void aRunThatCrashesMidwayLeavesNobodyWithTwoPromptsAndNobodySkippedAfterTheRestart(boolean afterTheMove) {
		for (long chatId = 100; chatId < 300; chatId++) {
			onboard(chatId, "Europe/Warsaw");
		}
		this.clock.advance(Duration.ofHours(2));
		// The instance dies after its 57th prompt is stored: before its schedule moves,
		// or
		// just after.
		DueCheckIns crashing = new DueCheckIns(this.schedules, this.prompts, this.outbox,
				new CrashingLeases(this.mongo, new InstanceId("crashing"), this.clock, 56, afterTheMove),
				Duration.ofHours(3), (programme) -> LADDER, this.events, this.clock);
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(crashing::sendDue);
		assertThat(this.mongo.count(Query.query(Criteria.where("origin").regex("^checkin:")), OutboxEntry.class))
			.isEqualTo(57);

		// Restarted: a new instance, once the dead one's claims have ended.
		this.clock.advance(Duration.ofMinutes(3));
		DueCheckIns restarted = instance("restarted");
		assertThat(restarted.sendDue()).isEqualTo(afterTheMove ? 200 - 57 : 200 - 56);
		assertThat(restarted.sendDue()).isZero();

		for (long chatId = 100; chatId < 300; chatId++) {
			assertThat(promptTimes(chatId)).as("chat %d", chatId).hasSize(1);
			assertThat(this.schedules.find(chatId).orElseThrow().nextRunAt()).isAfter(this.clock.instant());
		}
	}

	@Test
	void theOverviewCountsPromptsAndAnswersOverTheLast30DaysAndOverallAndTellsWhereTheScheduleStands() {
		onboard(700, "Europe/Warsaw");
		runFor(instance("one"), Duration.ofDays(45));
		List<Instant> sent = promptTimes(700);
		Instant now = this.clock.instant();
		List<Instant> recent = sent.stream().filter((at) -> !at.isBefore(now.minus(Duration.ofDays(30)))).toList();
		assertThat(recent).hasSizeBetween(5, sent.size() - 10);
		// Two answers to old prompts, two to recent ones, one of them late; none to the
		// others.
		this.moods.record(700, sent.get(0).getEpochSecond(), 4, sent.get(0).plusSeconds(60));
		this.moods.record(700, sent.get(1).getEpochSecond(), 2, sent.get(1).plusSeconds(60));
		Instant last = recent.get(recent.size() - 1);
		Instant beforeLast = recent.get(recent.size() - 2);
		this.moods.record(700, beforeLast.getEpochSecond(), 3, beforeLast.plus(Duration.ofDays(1)));
		this.moods.record(700, last.getEpochSecond(), 5, last.plusSeconds(120));
		this.moods.addWord(700, last.getEpochSecond(), "a private word");
		CheckInOverview overview = new CheckInOverview(this.schedules, this.moods, this.clock);

		CheckInSummary summary = overview.of(700).orElseThrow();

		assertThat(summary.prompted()).isEqualTo(sent.size());
		assertThat(summary.answered()).isEqualTo(4);
		assertThat(summary.promptedRecently()).isEqualTo(recent.size());
		assertThat(summary.answeredRecently()).isEqualTo(2);
		assertThat(summary.recentRate()).isEqualTo((int) Math.round(200.0 / recent.size()));
		assertThat(summary.overallRate()).isEqualTo((int) Math.round(400.0 / sent.size()));
		assertThat(summary.lastAnsweredAt()).isEqualTo(last.plusSeconds(120));
		assertThat(summary.moods()).extracting(CheckInSummary.Mood::mood).containsExactly(4, 2, 3, 5);
		assertThat(summary.toString()).doesNotContain("private word");
		assertThat(summary.state()).isEqualTo(CheckInSummary.State.ACTIVE);
		assertThat(summary.nextPromptAt()).isAfter(now);

		this.schedules.pause(700, now.plus(Duration.ofDays(3)), now);
		assertThat(overview.of(700).orElseThrow().state()).isEqualTo(CheckInSummary.State.PAUSED);
		assertThat(overview.of(700).orElseThrow().pausedUntil()).isEqualTo(now.plus(Duration.ofDays(3)));
		this.schedules.stop(700, now);
		assertThat(overview.of(700).orElseThrow().state()).isEqualTo(CheckInSummary.State.STOPPED);
		this.schedules.resume(700, now);
		this.schedules.block(700);
		assertThat(overview.of(700).orElseThrow().state()).isEqualTo(CheckInSummary.State.HELD_BLOCKED);
		assertThat(overview.of(701)).isEmpty();
	}

	@Test
	void withoutAnyPromptTheRatesAreNotKnownRatherThanZero() {
		onboard(702, "Europe/Warsaw");
		CheckInSummary summary = new CheckInOverview(this.schedules, this.moods, this.clock).of(702).orElseThrow();
		assertThat(summary.prompted()).isZero();
		assertThat(summary.recentRate()).isNull();
		assertThat(summary.overallRate()).isNull();
		assertThat(summary.lastAnsweredAt()).isNull();
	}

	private void onboard(long chatId, String zone) {
		this.participants.recordConsent(chatId, "en", "onboarding@2", DAY_0);
		this.participants.completeOnboarding(chatId, "recovery", Map.of("timeZone", zone, "pseudonym", "P" + chatId),
				DAY_0);
		this.events.publishEvent(new ParticipantOnboarded(chatId, "recovery", DAY_0));
	}

	private DueCheckIns instance(String id) {
		return new DueCheckIns(this.schedules, this.prompts, this.outbox,
				new ItemLeases(this.mongo, new InstanceId(id), this.clock), Duration.ofHours(3), (programme) -> LADDER,
				this.events, this.clock);
	}

	/**
	 * Moves the clock to ten minutes after each next due time in turn (nothing is due in
	 * between: a prompt stored early would be an extra prompt in the list), running the
	 * job there, until {@code total} has passed.
	 */
	private void runFor(DueCheckIns due, Duration total) {
		Instant end = this.clock.instant().plus(total);
		while (true) {
			Instant next = this.mongo
				.find(Query.query(Criteria.where("nextRunAt").ne(null)).with(Sort.by("nextRunAt")).limit(1),
						CheckInSchedule.class)
				.stream()
				.map(CheckInSchedule::nextRunAt)
				.findFirst()
				.orElse(null);
			Instant target = (next == null || next.plus(STEP).isAfter(end)) ? end : next.plus(STEP);
			if (target.isAfter(this.clock.instant())) {
				this.clock.advance(Duration.between(this.clock.instant(), target));
			}
			due.sendDue();
			if (!this.clock.instant().isBefore(end)) {
				return;
			}
		}
	}

	/**
	 * Lease helper of an instance that dies at its (n+1)th completed item, before or
	 * after the write.
	 */
	static final class CrashingLeases extends ItemLeases {

		private final AtomicInteger completions = new AtomicInteger();

		private final int survive;

		private final boolean afterTheWrite;

		CrashingLeases(MongoOperations mongo, InstanceId owner, Clock clock, int survive, boolean afterTheWrite) {
			super(mongo, owner, clock);
			this.survive = survive;
			this.afterTheWrite = afterTheWrite;
		}

		@Override
		public boolean complete(Class<?> type, Object id, Update done) {
			boolean dies = this.completions.incrementAndGet() > this.survive;
			if (dies && !this.afterTheWrite) {
				throw new IllegalStateException("The instance died");
			}
			boolean completed = super.complete(type, id, done);
			if (dies) {
				throw new IllegalStateException("The instance died");
			}
			return completed;
		}

	}

	/** The occurrence of each prompt stored for the chat, in order. */
	private List<Instant> promptTimes(long chatId) {
		return this.mongo
			.find(Query.query(Criteria.where("chatId").is(chatId).and("origin").regex("^checkin:"))
				.with(Sort.by("createdAt")), OutboxEntry.class)
			.stream()
			.map((entry) -> Instant
				.ofEpochMilli(Long.parseLong(entry.origin().substring(entry.origin().lastIndexOf(':') + 1))))
			.toList();
	}

	/**
	 * The default phases written out day by day: daily for 14 days, Mondays and Thursdays
	 * until three months, then Mondays; at 09:30 local time.
	 */
	private static List<Instant> expected(ZoneId zone, LocalDate anchor, Instant from, Instant to) {
		List<Instant> times = new ArrayList<>();
		for (LocalDate day = anchor; !day.isAfter(LocalDate.ofInstant(to, zone)); day = day.plusDays(1)) {
			boolean due;
			if (day.isBefore(anchor.plusDays(14))) {
				due = true;
			}
			else if (day.isBefore(anchor.plusMonths(3))) {
				due = day.getDayOfWeek() == DayOfWeek.MONDAY || day.getDayOfWeek() == DayOfWeek.THURSDAY;
			}
			else {
				due = day.getDayOfWeek() == DayOfWeek.MONDAY;
			}
			Instant at = ZonedDateTime.of(day, AT, zone).toInstant();
			if (due && at.isAfter(from) && !at.isAfter(to)) {
				times.add(at);
			}
		}
		return times;
	}

}
