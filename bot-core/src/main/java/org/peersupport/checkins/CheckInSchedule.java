package org.peersupport.checkins;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One participant's check-in schedule.
 *
 * @param chatId the participant's chat
 * @param programme their programme (its phases)
 * @param zone their time zone
 * @param time their time of day, {@code HH:mm}
 * @param anchor the day the phases count from: the release date, else the onboarding day
 * @param nextRunAt when the next prompt is due; null while stopped, blocked or after the
 * last phase
 * @param pausedUntil no prompt before this, or null
 * @param stopped whether the person stopped their check-ins
 * @param unanswered prompts in a row without an answer
 * @param skipped prompts skipped because the service was down past their window
 * @param lastPromptAt when the last prompt was stored, or null
 * @param blocked whether the person blocked the bot (no prompt until they write again)
 * @param schemaVersion the document's schema version
 * @param prompts how many prompts were stored for the person (schema 2; prompts before it
 * were not counted)
 * @param recentPrompts the occurrences of the prompts stored in the last {@link #RECENT}
 * (schema 2), oldest first
 */
@Document("check_in_schedules")
record CheckInSchedule(@Id long chatId, String programme, String zone, String time, LocalDate anchor,
		@Indexed Instant nextRunAt, Instant pausedUntil, boolean stopped, int unanswered, int skipped,
		Instant lastPromptAt, boolean blocked, int schemaVersion, int prompts, List<Instant> recentPrompts) {

	/** Schema 2 counts the prompts; a schedule of schema 1 reads as none counted. */
	static final int SCHEMA_VERSION = 2;

	/** How far back {@link #recentPrompts} reach. */
	static final Duration RECENT = Duration.ofDays(31);

	CheckInSchedule {
		recentPrompts = (recentPrompts != null) ? List.copyOf(recentPrompts) : List.of();
	}

	/**
	 * The recent prompts with one more at {@code occurrence}, those older than
	 * {@link #RECENT} before {@code now} left out.
	 */
	List<Instant> recentPromptsWith(Instant occurrence, Instant now) {
		Instant since = now.minus(RECENT);
		List<Instant> kept = new ArrayList<>(this.recentPrompts.stream().filter((at) -> !at.isBefore(since)).toList());
		if (!kept.contains(occurrence)) {
			kept.add(occurrence);
		}
		return kept;
	}

	ZoneId zoneId() {
		return ZoneId.of(this.zone);
	}

	LocalTime localTime() {
		return LocalTime.parse(this.time);
	}

	/** This schedule with its next prompt at {@code at}. */
	CheckInSchedule withNextRunAt(Instant at) {
		return new CheckInSchedule(this.chatId, this.programme, this.zone, this.time, this.anchor, at, this.pausedUntil,
				this.stopped, this.unanswered, this.skipped, this.lastPromptAt, this.blocked, this.schemaVersion,
				this.prompts, this.recentPrompts);
	}

	@Override
	public String toString() {
		return "CheckInSchedule[chat=" + this.chatId + ", next=" + this.nextRunAt + "]";
	}

}
