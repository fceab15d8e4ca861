package org.peersupport.checkins;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.peersupport.leases.ItemLeases;
import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.Outgoing;
import org.peersupport.messaging.SendPriority;
import org.peersupport.participants.CheckInsUnanswered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Sends the check-in prompts that are due: each schedule is claimed through the lease
 * helper, its prompt stored in the outbox under an origin unique to the occurrence, and
 * its next time set in one conditional write. A prompt whose time passed while the
 * service was down is sent once if still within its window, else skipped and counted.
 * After a run of unanswered prompts the next one is a gentle follow-up, and after a
 * longer run safeguarding is told ({@link CheckInsUnanswered}) before the schedule moves:
 * a run that stops between the two does both again under the same keys.
 */
public class DueCheckIns {

	private static final Logger log = LoggerFactory.getLogger(DueCheckIns.class);

	/** Far longer than storing one prompt. */
	private static final Duration CLAIM = Duration.ofMinutes(2);

	private static final int BATCH = 100;

	private final Schedules schedules;

	private final Prompts prompts;

	private final Outbox outbox;

	private final ItemLeases leases;

	private final Duration window;

	private final Function<String, Ladder> ladders;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DueCheckIns(Schedules schedules, Prompts prompts, Outbox outbox, ItemLeases leases, Duration window,
			Function<String, Ladder> ladders, ApplicationEventPublisher events, Clock clock) {
		this.schedules = schedules;
		this.prompts = prompts;
		this.outbox = outbox;
		this.leases = leases;
		this.window = window;
		this.ladders = ladders;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Stores a prompt for each schedule due now.
	 * @return how many prompts were stored
	 */
	public int sendDue() {
		Instant now = this.clock.instant();
		int sent = 0;
		int skipped = 0;
		List<CheckInSchedule> due;
		do {
			due = this.leases.claim(CheckInSchedule.class, Schedules.due(now), Sort.by("nextRunAt"), BATCH, CLAIM);
			for (CheckInSchedule schedule : due) {
				Outcome outcome = send(schedule, now);
				sent += outcome.sent ? 1 : 0;
				skipped += outcome.skipped;
			}
		}
		while (due.size() == BATCH);
		if (skipped > 0) {
			log.info("Skipped {} check-in prompts whose time passed more than {} ago", skipped, this.window);
		}
		return sent;
	}

	private Outcome send(CheckInSchedule schedule, Instant now) {
		Cadence cadence = this.schedules.cadence(schedule);
		// The latest occurrence at or before now; those before it are missed.
		Instant occurrence = schedule.nextRunAt();
		int missed = 0;
		for (Instant later = cadence.nextAfter(occurrence); later != null
				&& !later.isAfter(now); later = cadence.nextAfter(later)) {
			occurrence = later;
			missed++;
		}
		boolean held = schedule.stopped() || schedule.blocked()
				|| (schedule.pausedUntil() != null && schedule.pausedUntil().isAfter(occurrence));
		if (held) {
			// Paused or stopped after this time was set: no prompt, the next one from the
			// schedule as it stands.
			this.leases.complete(CheckInSchedule.class, schedule.chatId(),
					new Update().set("nextRunAt", this.schedules.nextRunAt(schedule, now)));
			return new Outcome(false, 0);
		}
		boolean inWindow = !occurrence.plus(this.window).isBefore(now);
		Update update = new Update().set("nextRunAt", this.schedules.nextRunAt(schedule, now));
		if (inWindow) {
			int unanswered = schedule.unanswered();
			Ladder ladder = this.ladders.apply(schedule.programme());
			Outgoing.SendMessage prompt = ladder.followsUp(unanswered) ? this.prompts.followUp(schedule, occurrence)
					: this.prompts.prompt(schedule, occurrence);
			this.outbox.put(origin(schedule.chatId(), occurrence), 0, prompt, SendPriority.BULK);
			if (ladder.alerts(unanswered)) {
				this.events.publishEvent(
						new CheckInsUnanswered(schedule.chatId(), schedule.programme(), unanswered, occurrence));
			}
			update.set("lastPromptAt", now)
				.inc("unanswered", 1)
				.inc("prompts", 1)
				.set("recentPrompts", schedule.recentPromptsWith(occurrence, now))
				.set("schemaVersion", CheckInSchedule.SCHEMA_VERSION);
		}
		int skipped = missed + (inWindow ? 0 : 1);
		if (skipped > 0) {
			update.inc("skipped", skipped);
		}
		boolean completed = this.leases.complete(CheckInSchedule.class, schedule.chatId(), update);
		return new Outcome(completed && inWindow, completed ? skipped : 0);
	}

	/** The outbox origin of one occurrence of one person's prompt. */
	static String origin(long chatId, Instant occurrence) {
		return "checkin:" + chatId + ":" + occurrence.toEpochMilli();
	}

	private record Outcome(boolean sent, int skipped) {
	}

}
