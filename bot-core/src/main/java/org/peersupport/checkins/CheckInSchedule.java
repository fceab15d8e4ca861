package org.peersupport.checkins;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

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
 */
@Document("check_in_schedules")
record CheckInSchedule(@Id long chatId, String programme, String zone, String time, LocalDate anchor,
		@Indexed Instant nextRunAt, Instant pausedUntil, boolean stopped, int unanswered, int skipped,
		Instant lastPromptAt, boolean blocked, int schemaVersion) {

	static final int SCHEMA_VERSION = 1;

	ZoneId zoneId() {
		return ZoneId.of(this.zone);
	}

	LocalTime localTime() {
		return LocalTime.parse(this.time);
	}

	/** This schedule with its next prompt at {@code at}. */
	CheckInSchedule withNextRunAt(Instant at) {
		return new CheckInSchedule(this.chatId, this.programme, this.zone, this.time, this.anchor, at, this.pausedUntil,
				this.stopped, this.unanswered, this.skipped, this.lastPromptAt, this.blocked, this.schemaVersion);
	}

	@Override
	public String toString() {
		return "CheckInSchedule[chat=" + this.chatId + ", next=" + this.nextRunAt + "]";
	}

}
