package org.peersupport.checkins;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.leases.InstanceId;
import org.peersupport.leases.ItemLeases;
import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.OutboxEntry;
import org.peersupport.participants.ParticipantOnboarded;
import org.peersupport.participants.Participants;
import org.peersupport.safety.Alert;
import org.peersupport.safety.Alerts;
import org.peersupport.safety.ModeratorAlerts;
import org.peersupport.store.MemoryStore;
import org.peersupport.testing.MutableClock;
import org.peersupport.testing.Race;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// The missed-check-in ladder on a fake clock, in sandbox mode (no token): prompts and the
// moderators' alerts go into the real outbox; the job runs by hand.
@SpringBootTest(classes = BotTestApplication.class,
		properties = { "spring.quartz.auto-startup=false", "peer.checkins.time=09:30",
				"peer.moderators.chat-id=" + MissedCheckInsTests.MODERATORS, "peer.moderators.locale=en" })
@MemoryStore
class MissedCheckInsTests {

	static final long MODERATORS = -1009999;

	/** Saturday 20 March 2027, 07:00 UTC: daily prompts for the next two weeks. */
	private static final Instant DAY_0 = Instant.parse("2027-03-20T07:00:00Z");

	private static final Ladder LADDER = new Ladder(3, 2);

	private static final String FOLLOW_UP = "There has been no answer to the check-ins for a while";

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
	Alerts alerts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	CheckInPlans plans;

	/**
	 * The day before at 10:00 UTC: each step of a day runs the job 1 h 30 (winter time)
	 * or 2 h 30 (summer time) after that day's prompt, within its window.
	 */
	private final MutableClock clock = new MutableClock(DAY_0.plus(Duration.ofHours(3)).minus(Duration.ofDays(1)));

	@BeforeEach
	void clean() {
		this.mongo.remove(new Query(), CheckInSchedule.class);
		this.mongo.remove(new Query(), OutboxEntry.class);
		this.mongo.remove(new Query(), Alert.class);
	}

	@Test
	void afterThreeUnansweredTheFourthIsAFollowUpAfterFiveTheTeamIsAlertedOnceAndAnAnswerStartsAgain() {
		onboard(1);
		DueCheckIns due = instance("one");

		days(due, 3);
		assertThat(promptTexts(1)).hasSize(3).noneMatch((text) -> text.startsWith(FOLLOW_UP));
		days(due, 1);
		assertThat(promptTexts(1)).hasSize(4).last().asString().startsWith(FOLLOW_UP);
		assertThat(unansweredAlerts(1)).isEmpty();
		days(due, 1);
		assertThat(unansweredAlerts(1)).isEmpty();
		days(due, 1);
		assertThat(unansweredAlerts(1)).singleElement().satisfies((alert) -> assertThat(alert.count()).isOne());
		assertThat(moderatorsMessages()).singleElement()
			.satisfies((entry) -> assertThat(entry.text()).startsWith("📭 ")
				.contains("check-ins in a row without an answer: 5."));
		days(due, 4);
		assertThat(promptTexts(1)).as("ten prompts, one follow-up")
			.hasSize(10)
			.filteredOn((text) -> text.startsWith(FOLLOW_UP))
			.hasSize(1);
		assertThat(unansweredAlerts(1)).singleElement().satisfies((alert) -> assertThat(alert.count()).isOne());
		assertThat(moderatorsMessages()).hasSize(1);

		this.schedules.answered(1);
		days(due, 3);
		assertThat(promptTexts(1)).hasSize(13).filteredOn((text) -> text.startsWith(FOLLOW_UP)).hasSize(1);
		days(due, 1);
		assertThat(promptTexts(1)).hasSize(14).last().asString().startsWith(FOLLOW_UP);
	}

	@Test
	void aParticipantWhoAnswersNowAndThenGetsNeitherFollowUpNorAlert() {
		onboard(2);
		DueCheckIns due = instance("one");
		for (int i = 0; i < 4; i++) {
			days(due, 3);
			this.schedules.answered(2);
		}
		assertThat(promptTexts(2)).hasSize(12).noneMatch((text) -> text.startsWith(FOLLOW_UP));
		assertThat(unansweredAlerts(2)).isEmpty();
	}

	@Test
	void onTwoInstancesEachPersonGetsOneFollowUpAndTheTeamOneAlert() throws Exception {
		for (long chatId = 100; chatId < 140; chatId++) {
			onboard(chatId);
		}
		DueCheckIns a = instance("a");
		DueCheckIns b = instance("b");
		for (int day = 0; day < 8; day++) {
			this.clock.advance(Duration.ofDays(1));
			Race.run(List.<Callable<Integer>>of(a::sendDue, b::sendDue));
		}
		for (long chatId = 100; chatId < 140; chatId++) {
			assertThat(promptTexts(chatId)).as("chat %d", chatId)
				.hasSize(8)
				.filteredOn((text) -> text.startsWith(FOLLOW_UP))
				.hasSize(1);
			assertThat(unansweredAlerts(chatId)).as("chat %d", chatId)
				.singleElement()
				.satisfies((alert) -> assertThat(alert.count()).isOne());
		}
		assertThat(moderatorsMessages()).hasSize(40);
	}

	@Test
	void aRunThatDiesBetweenTheAlertAndTheScheduleMoveSendsTheAlertOnceAfterTheRestart() {
		onboard(3);
		days(instance("one"), 5);
		assertThat(unansweredAlerts(3)).isEmpty();
		this.clock.advance(Duration.ofDays(1));
		DueCheckIns dying = new DueCheckIns(this.schedules, this.prompts, this.outbox,
				new DueCheckInsTests.CrashingLeases(this.mongo, new InstanceId("dying"), this.clock, 0, false),
				Duration.ofHours(3), (programme) -> LADDER, this.events, this.clock);
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(dying::sendDue);
		assertThat(moderatorsMessages()).hasSize(1);

		this.clock.advance(Duration.ofMinutes(3));
		assertThat(instance("restarted").sendDue()).isOne();

		assertThat(promptTexts(3)).hasSize(6);
		assertThat(moderatorsMessages()).hasSize(1);
		assertThat(unansweredAlerts(3)).hasSize(1);
		assertThat(this.schedules.find(3).orElseThrow().unanswered()).isEqualTo(6);
	}

	@Test
	void aProgrammesOwnLadderSavedInThePanelDrivesItsParticipantsOnly() {
		new CheckInPlanChanges(this.plans, this.schedules, this.clock).save("recovery",
				CheckInsProperties.DEFAULT_PHASES, 1, 1, "admin");
		try {
			onboard(7);
			this.participants.recordConsent(8, "en", "onboarding@2", DAY_0);
			this.participants.completeOnboarding(8, "circles", Map.of("timeZone", "Europe/Warsaw", "pseudonym", "P8"),
					DAY_0);
			this.events.publishEvent(new ParticipantOnboarded(8, "circles", DAY_0));
			DueCheckIns due = new DueCheckIns(this.schedules, this.prompts, this.outbox,
					new ItemLeases(this.mongo, new InstanceId("one"), this.clock), Duration.ofHours(3),
					this.plans::ladderOf, this.events, this.clock);

			days(due, 2);
			assertThat(promptTexts(7)).hasSize(2).last().asString().startsWith(FOLLOW_UP);
			assertThat(unansweredAlerts(7)).isEmpty();
			days(due, 1);
			assertThat(unansweredAlerts(7)).singleElement().satisfies((alert) -> assertThat(alert.count()).isOne());
			assertThat(promptTexts(8)).as("configuration's ladder: 3, then 2")
				.hasSize(3)
				.noneMatch((text) -> text.startsWith(FOLLOW_UP));
			assertThat(unansweredAlerts(8)).isEmpty();
		}
		finally {
			this.plans.remove("recovery");
		}
	}

	private void onboard(long chatId) {
		this.participants.recordConsent(chatId, "en", "onboarding@2", DAY_0);
		this.participants.completeOnboarding(chatId, "recovery",
				Map.of("timeZone", "Europe/Warsaw", "pseudonym", "P" + chatId), DAY_0);
		this.events.publishEvent(new ParticipantOnboarded(chatId, "recovery", DAY_0));
	}

	private DueCheckIns instance(String id) {
		return new DueCheckIns(this.schedules, this.prompts, this.outbox,
				new ItemLeases(this.mongo, new InstanceId(id), this.clock), Duration.ofHours(3), (programme) -> LADDER,
				this.events, this.clock);
	}

	/** Runs the job once a day at 10:00 UTC, after that day's prompt. */
	private void days(DueCheckIns due, int days) {
		for (int i = 0; i < days; i++) {
			this.clock.advance(Duration.ofDays(1));
			due.sendDue();
		}
	}

	/** The texts of the prompts stored for the chat, in order. */
	private List<String> promptTexts(long chatId) {
		return this.mongo
			.find(Query.query(Criteria.where("chatId").is(chatId).and("origin").regex("^checkin:"))
				.with(Sort.by("createdAt")), OutboxEntry.class)
			.stream()
			.map(OutboxEntry::text)
			.toList();
	}

	private List<Alert> unansweredAlerts(long chatId) {
		return this.alerts.list(null, false, 1000)
			.stream()
			.filter((alert) -> alert.chatId() == chatId
					&& alert.reason() == ModeratorAlerts.Reason.CHECK_INS_UNANSWERED)
			.toList();
	}

	private List<OutboxEntry> moderatorsMessages() {
		return this.mongo.find(Query.query(Criteria.where("chatId").is(MODERATORS)), OutboxEntry.class);
	}

}
