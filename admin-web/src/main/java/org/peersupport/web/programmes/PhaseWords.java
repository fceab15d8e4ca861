package org.peersupport.web.programmes;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * A phase's days (the last three fields of a Quartz cron expression) in words: "every
 * day", "every Monday and Thursday", "on day 1 and 15 of each month"; days written in a
 * way not put in words here are shown as written.
 */
final class PhaseWords {

	private static final Map<String, DayOfWeek> NAMES = Map.of("SUN", DayOfWeek.SUNDAY, "MON", DayOfWeek.MONDAY, "TUE",
			DayOfWeek.TUESDAY, "WED", DayOfWeek.WEDNESDAY, "THU", DayOfWeek.THURSDAY, "FRI", DayOfWeek.FRIDAY, "SAT",
			DayOfWeek.SATURDAY);

	private final MessageSource messages;

	PhaseWords(MessageSource messages) {
		this.messages = messages;
	}

	/** The days in words, in the panel's language. */
	String describe(String days, Locale locale) {
		String[] fields = days.trim().toUpperCase(Locale.ROOT).split("\\s+");
		if (fields.length != 3 || !fields[1].equals("*")) {
			return message("programmes.days.as-written", locale, days.trim());
		}
		String dayOfMonth = fields[0];
		String dayOfWeek = fields[2];
		boolean anyMonthDay = dayOfMonth.equals("*") || dayOfMonth.equals("?");
		boolean anyWeekDay = dayOfWeek.equals("*") || dayOfWeek.equals("?");
		if (anyMonthDay && anyWeekDay) {
			return message("programmes.days.daily", locale);
		}
		if (anyMonthDay) {
			List<DayOfWeek> weekDays = weekDays(dayOfWeek);
			if (weekDays != null) {
				List<String> names = weekDays.stream()
					.map((day) -> day.getDisplayName(TextStyle.FULL_STANDALONE, locale))
					.toList();
				return message("programmes.days.weekly", locale, join(names, locale));
			}
		}
		if (anyWeekDay) {
			if (dayOfMonth.equals("L")) {
				return message("programmes.days.last-of-month", locale);
			}
			if (dayOfMonth.matches("\\d{1,2}(,\\d{1,2})*")) {
				return message("programmes.days.monthly", locale, join(List.of(dayOfMonth.split(",")), locale));
			}
		}
		return message("programmes.days.as-written", locale, days.trim());
	}

	/** Days of week from a list of names, numbers (1 = Sunday) and ranges, or null. */
	private static List<DayOfWeek> weekDays(String field) {
		List<DayOfWeek> days = new ArrayList<>();
		for (String item : field.split(",")) {
			String[] range = item.split("-");
			if (range.length > 2) {
				return null;
			}
			DayOfWeek from = day(range[0]);
			DayOfWeek to = (range.length == 2) ? day(range[1]) : from;
			if (from == null || to == null) {
				return null;
			}
			for (DayOfWeek day = from;; day = day.plus(1)) {
				if (!days.contains(day)) {
					days.add(day);
				}
				if (day == to || days.size() == 7) {
					break;
				}
			}
		}
		return days;
	}

	private static DayOfWeek day(String token) {
		if (token.matches("[1-7]")) {
			// Quartz counts from Sunday
			return DayOfWeek.SUNDAY.plus(Integer.parseInt(token) - 1);
		}
		return NAMES.get(token);
	}

	private String join(List<String> items, Locale locale) {
		if (items.size() == 1) {
			return items.get(0);
		}
		String and = message("programmes.days.and", locale);
		return String.join(", ", items.subList(0, items.size() - 1)) + " " + and + " " + items.get(items.size() - 1);
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
