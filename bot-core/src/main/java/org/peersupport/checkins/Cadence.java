package org.peersupport.checkins;

import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.quartz.CronExpression;

/**
 * When one person's prompts go: the programme's phases counted from the anchor date, at
 * their time of day in their time zone. Quartz's {@link CronExpression} with the zone set
 * finds each time, so a daylight-saving switch keeps the local time.
 */
final class Cadence {

	private final List<Window> windows = new ArrayList<>();

	Cadence(List<Phase> phases, LocalDate anchor, LocalTime time, ZoneId zone) {
		Instant start = anchor.atStartOfDay(zone).toInstant();
		for (Phase phase : phases) {
			Instant end = (phase.until() != null) ? anchor.plus(phase.until()).atStartOfDay(zone).toInstant() : null;
			this.windows.add(new Window(start, end, expression(phase.cron(time.getHour(), time.getMinute()), zone)));
			if (end == null) {
				break;
			}
			start = end;
		}
	}

	/**
	 * The first prompt strictly after {@code after}, or null when the phases have ended.
	 */
	Instant nextAfter(Instant after) {
		for (Window window : this.windows) {
			if (window.end != null && !window.end.isAfter(after)) {
				continue;
			}
			Instant from = after.isBefore(window.start) ? window.start.minusMillis(1) : after;
			Date next = window.cron.getNextValidTimeAfter(Date.from(from));
			if (next != null && (window.end == null || next.toInstant().isBefore(window.end))) {
				return next.toInstant();
			}
		}
		return null;
	}

	private static CronExpression expression(String cron, ZoneId zone) {
		try {
			CronExpression expression = new CronExpression(cron);
			expression.setTimeZone(TimeZone.getTimeZone(zone));
			return expression;
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException("Not a cron expression: " + cron, ex);
		}
	}

	private record Window(Instant start, Instant end, CronExpression cron) {
	}

}
