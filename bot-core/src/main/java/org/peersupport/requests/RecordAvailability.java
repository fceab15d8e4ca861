package org.peersupport.requests;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.peersupport.conversation.ActionContext;
import org.peersupport.conversation.ScriptAction;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.participants.Volunteers;

/**
 * The {@code recordAvailability} action: stores the days, parts of the day and quiet
 * hours the volunteer-availability script asked in the volunteer's details (the keys the
 * sign-up uses, which matching reads through {@link Availability}), and tells the
 * volunteer what was saved, in words.
 */
class RecordAvailability implements ScriptAction {

	private final Volunteers volunteers;

	private final Clock clock;

	RecordAvailability(Volunteers volunteers, Clock clock) {
		this.volunteers = volunteers;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "recordAvailability";
	}

	@Override
	public void run(ActionContext context) {
		String locale = context.locale();
		Volunteer volunteer = AvailabilityCommand.active(this.volunteers, context.chatId()).orElse(null);
		if (volunteer == null) {
			context.replies().send(RequestTexts.get("pause.not-volunteer", locale));
			return;
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("days", strings(context.fields().get("days")));
		fields.put("hours", strings(context.fields().get("hours")));
		String quiet = context.field("quietHours");
		fields.put("quietHours", (quiet != null) ? quiet : "none");
		if (!this.volunteers.updateDetails(volunteer.id(), volunteer.status(), fields, this.clock.instant())) {
			// The status changed in between (e.g. staff deactivated them): nothing
			// stored.
			context.replies().send(RequestTexts.get("pause.not-volunteer", locale));
			return;
		}
		String saved = RequestTexts.get("availability.saved", locale, days(fields, locale), parts(fields, locale),
				quiet(fields, locale));
		if (volunteer.status() == VolunteerStatus.PAUSED) {
			// The hours hold once the pause ends; until then nothing is offered.
			saved = saved + "\n\n" + RequestTexts.get("taken.paused", locale);
		}
		context.replies().send(saved);
	}

	private static String days(Map<String, Object> fields, String locale) {
		List<DayOfWeek> days = Availability.days(fields);
		if (days.isEmpty()) {
			return RequestTexts.get("availability.days.every", locale);
		}
		return String.join(", ",
				days.stream()
					.map((day) -> day.getDisplayName(TextStyle.FULL_STANDALONE, Locale.forLanguageTag(locale)))
					.toList());
	}

	private static String parts(Map<String, Object> fields, String locale) {
		List<String> parts = Availability.parts(fields);
		if (parts.isEmpty()) {
			return RequestTexts.get("availability.hours.any", locale);
		}
		return String.join(", ",
				parts.stream().map((part) -> RequestTexts.get("availability.part." + part, locale)).toList());
	}

	private static String quiet(Map<String, Object> fields, String locale) {
		int[] quiet = Availability.quietHours(fields);
		if (quiet == null) {
			return RequestTexts.get("availability.quiet.none", locale);
		}
		return quiet[0] + ":00–" + quiet[1] + ":00";
	}

	private static List<String> strings(Object value) {
		if (value instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).toList();
		}
		return (value != null) ? List.of(value.toString()) : List.of();
	}

}
