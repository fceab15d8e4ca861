package org.peersupport.conversation;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.peersupport.participants.Programme;
import org.peersupport.participants.Programmes;
import org.peersupport.participants.VolunteerSkills;
import org.peersupport.scripts.Choice;
import org.peersupport.scripts.Input;

/**
 * Fills the buttons of a {@code choicesFrom} input from configuration: {@code programmes}
 * (the NGO's programmes), {@code timezones} (the programme's zone first) and
 * {@code skills} (the volunteer skills, {@code peer.volunteers.skills}).
 */
final class ChoiceSources {

	/**
	 * Zones offered after the programme's own, for the bot's four languages' countries.
	 */
	static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Warsaw"), ZoneId.of("Europe/Kyiv"),
			ZoneId.of("Europe/Moscow"), ZoneId.of("Europe/Berlin"), ZoneId.of("Europe/London"));

	private final Programmes programmes;

	private final VolunteerSkills skills;

	private final Clock clock;

	ChoiceSources(Programmes programmes, VolunteerSkills skills, Clock clock) {
		this.programmes = programmes;
		this.skills = skills;
		this.clock = clock;
	}

	/**
	 * The label a source gave {@code value} in {@code locale}, for the sources whose
	 * labels do not depend on other answers ({@code skills}); empty for the others.
	 */
	Optional<String> label(String source, String value, String locale) {
		if ("skills".equals(source) && this.skills.contains(value)) {
			return Optional.of(this.skills.label(value, locale));
		}
		return Optional.empty();
	}

	/** The input with its choices filled in, or the input itself if it needs nothing. */
	Input resolve(Input input, Map<String, Object> fields, String locale) {
		if (!(input instanceof Input.Buttons buttons) || !buttons.fromSource()) {
			return input;
		}
		return switch (buttons.choicesFrom()) {
			case "programmes" -> buttons
				.withChoices(this.programmes.all().stream().map((p) -> Choice.of(p.key(), p.name(locale))).toList());
			case "timezones" -> buttons.withChoices(zones(fields, locale));
			case "skills" -> buttons
				.withChoices(this.skills.all().stream().map((s) -> Choice.of(s.key(), s.label(locale))).toList());
			default -> throw new IllegalStateException("Unknown choice source '" + buttons.choicesFrom() + "'");
		};
	}

	private List<Choice> zones(Map<String, Object> fields, String locale) {
		Object key = fields.get("programme");
		Programme programme = this.programmes.findOrFirst((key != null) ? key.toString() : null);
		Set<ZoneId> zones = new LinkedHashSet<>();
		zones.add(programme.timeZone());
		zones.addAll(ZONES);
		List<Choice> choices = new ArrayList<>();
		for (ZoneId zone : zones) {
			choices.add(Choice.of(zone.getId(), label(zone, locale)));
		}
		return choices;
	}

	private String label(ZoneId zone, String locale) {
		String city = ZoneNames.city(zone.getId(), locale);
		ZoneOffset offset = zone.getRules().getOffset(this.clock.instant());
		return city + " (UTC" + (offset.getTotalSeconds() == 0 ? "" : offset.getId()) + ")";
	}

}
