package org.peersupport.requests;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a volunteer may be sent a request now, from what they answered at sign-up
 * ({@code days}, {@code hours}, {@code quietHours}) in their programme's time zone: on
 * one of their days, in one of their parts of the day, and never in their quiet hours. An
 * answer they did not give does not limit them.
 */
final class Availability {

	private Availability() {
	}

	static boolean at(Map<String, Object> details, ZonedDateTime now) {
		return onTheirDay(details.get("days"), now.getDayOfWeek()) && inTheirHours(details.get("hours"), now)
				&& !inQuietHours(details.get("quietHours"), now.toLocalTime());
	}

	private static boolean onTheirDay(Object days, DayOfWeek today) {
		List<String> chosen = strings(days);
		return chosen.isEmpty() || chosen.contains(today.name().substring(0, 3).toLowerCase(Locale.ROOT));
	}

	private static boolean inTheirHours(Object hours, ZonedDateTime now) {
		List<String> chosen = strings(hours);
		if (chosen.isEmpty()) {
			return true;
		}
		int hour = now.getHour();
		return (chosen.contains("morning") && hour >= 8 && hour < 12)
				|| (chosen.contains("afternoon") && hour >= 12 && hour < 17)
				|| (chosen.contains("evening") && hour >= 17 && hour < 22);
	}

	/** Quiet hours read {@code 21-09} (from 21:00 to 09:00), or {@code none}. */
	static boolean inQuietHours(Object quietHours, LocalTime time) {
		if (quietHours == null || !quietHours.toString().matches("[0-9]{2}-[0-9]{2}")) {
			return false;
		}
		int from = Integer.parseInt(quietHours.toString().substring(0, 2));
		int to = Integer.parseInt(quietHours.toString().substring(3));
		int hour = time.getHour();
		return (from <= to) ? (hour >= from && hour < to) : (hour >= from || hour < to);
	}

	/** The days the volunteer chose, Monday first; none means every day. */
	static List<DayOfWeek> days(Map<String, Object> details) {
		List<String> chosen = strings(details.get("days"));
		return Arrays.stream(DayOfWeek.values())
			.filter((day) -> chosen.contains(day.name().substring(0, 3).toLowerCase(Locale.ROOT)))
			.toList();
	}

	/**
	 * The parts of the day the volunteer chose ({@code morning} 8–12, {@code afternoon}
	 * 12–17, {@code evening} 17–22), in that order; none means at any hour.
	 */
	static List<String> parts(Map<String, Object> details) {
		List<String> chosen = strings(details.get("hours"));
		return PARTS.stream().filter(chosen::contains).toList();
	}

	/** The parts of the day a volunteer may choose, in the day's order. */
	static final List<String> PARTS = List.of("morning", "afternoon", "evening");

	/** The quiet hours as {@code [from, to]} hours of the day, or null when none. */
	static int[] quietHours(Map<String, Object> details) {
		Object quiet = details.get("quietHours");
		if (quiet == null || !quiet.toString().matches("[0-9]{2}-[0-9]{2}")) {
			return null;
		}
		return new int[] { Integer.parseInt(quiet.toString().substring(0, 2)),
				Integer.parseInt(quiet.toString().substring(3)) };
	}

	private static List<String> strings(Object value) {
		if (value instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).toList();
		}
		return (value != null) ? List.of(value.toString()) : List.of();
	}

}
