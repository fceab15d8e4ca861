package org.peersupport.checkins;

import java.time.Instant;
import java.util.List;

/**
 * A participant's check-ins as staff see them (see {@link CheckInOverview}).
 *
 * @param state where the schedule stands
 * @param pausedUntil until when it is paused, or null
 * @param nextPromptAt when the next prompt is due, or null
 * @param lastAnsweredAt when they last answered a prompt, or null
 * @param answeredRecently prompts of the last 30 days they answered
 * @param promptedRecently prompts stored for them in the last 30 days
 * @param answered prompts they answered, ever (at most {@code prompted})
 * @param prompted prompts stored for them, ever (counted since schema 2)
 * @param moods every answer's mood (1 to 5) with its time, oldest first
 */
public record CheckInSummary(State state, Instant pausedUntil, Instant nextPromptAt, Instant lastAnsweredAt,
		int answeredRecently, int promptedRecently, int answered, int prompted, List<Mood> moods) {

	public CheckInSummary {
		moods = List.copyOf(moods);
	}

	/** The share of recent prompts answered, in percent, or null when none was sent. */
	public Integer recentRate() {
		return percent(this.answeredRecently, this.promptedRecently);
	}

	/** The share of all prompts answered, in percent, or null when none was sent. */
	public Integer overallRate() {
		return percent(this.answered, this.prompted);
	}

	private static Integer percent(int part, int whole) {
		return (whole == 0) ? null : (int) Math.round(100.0 * part / whole);
	}

	/** Where a schedule stands. */
	public enum State {

		/** Prompts come as scheduled. */
		ACTIVE,

		/** The person paused them until a day. */
		PAUSED,

		/** The person stopped them. */
		STOPPED,

		/** The person blocked the bot: held until they write again. */
		HELD_BLOCKED,

		/** The programme's phases have no further prompt. */
		ENDED

	}

	/**
	 * One answer: its time and mood, never the word written with it.
	 *
	 * @param at when they answered
	 * @param mood 1 (very bad) to 5 (very good)
	 */
	public record Mood(Instant at, int mood) {
	}

}
