package org.peersupport.checkins;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A participant's check-ins as staff see them, read-only: when they last answered, how
 * many prompts they answered (over the last 30 days and overall), where their schedule
 * stands, and their moods as numbers with times. Never the word they wrote about their
 * day.
 */
public class CheckInOverview {

	/** The period of the recent response rate. */
	public static final Duration RECENT = Duration.ofDays(30);

	private final Schedules schedules;

	private final MoodPoints moods;

	private final Clock clock;

	CheckInOverview(Schedules schedules, MoodPoints moods, Clock clock) {
		this.schedules = schedules;
		this.moods = moods;
		this.clock = clock;
	}

	/** The participant's check-ins, if they have a schedule. */
	public Optional<CheckInSummary> of(long chatId) {
		return this.schedules.find(chatId).map((schedule) -> summary(schedule, this.moods.of(chatId)));
	}

	private CheckInSummary summary(CheckInSchedule schedule, List<MoodPoint> points) {
		Instant now = this.clock.instant();
		Instant since = now.minus(RECENT);
		Set<Instant> recentPrompts = schedule.recentPrompts()
			.stream()
			.filter((at) -> !at.isBefore(since) && !at.isAfter(now))
			.collect(Collectors.toSet());
		int answeredRecently = (int) points.stream()
			.filter((point) -> recentPrompts.contains(point.occurrence()))
			.count();
		// Prompts stored before they were counted may have answers: never more answered
		// than counted.
		int answered = Math.min(points.size(), schedule.prompts());
		Instant lastAnsweredAt = points.isEmpty() ? null : points.get(points.size() - 1).at();
		List<CheckInSummary.Mood> moods = points.stream()
			.map((point) -> new CheckInSummary.Mood(point.at(), point.mood()))
			.toList();
		return new CheckInSummary(state(schedule, now), schedule.pausedUntil(), schedule.nextRunAt(), lastAnsweredAt,
				answeredRecently, recentPrompts.size(), answered, schedule.prompts(), moods);
	}

	private static CheckInSummary.State state(CheckInSchedule schedule, Instant now) {
		if (schedule.blocked()) {
			return CheckInSummary.State.HELD_BLOCKED;
		}
		if (schedule.stopped()) {
			return CheckInSummary.State.STOPPED;
		}
		if (schedule.pausedUntil() != null && schedule.pausedUntil().isAfter(now)) {
			return CheckInSummary.State.PAUSED;
		}
		return (schedule.nextRunAt() != null) ? CheckInSummary.State.ACTIVE : CheckInSummary.State.ENDED;
	}

}
