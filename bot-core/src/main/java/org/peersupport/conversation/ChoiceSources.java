package org.peersupport.conversation;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peersupport.participants.Programme;
import org.peersupport.participants.Programmes;
import org.peersupport.scripts.Choice;
import org.peersupport.scripts.Input;

/**
 * Fills the buttons of a {@code choicesFrom} input from configuration: {@code programmes}
 * (the NGO's programmes) and {@code timezones} (the programme's zone first).
 */
final class ChoiceSources {

	/**
	 * Zones offered after the programme's own, for the bot's four languages' countries.
	 */
	static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Warsaw"), ZoneId.of("Europe/Kyiv"),
			ZoneId.of("Europe/Moscow"), ZoneId.of("Europe/Berlin"), ZoneId.of("Europe/London"));

	private final Programmes programmes;

	private final Clock clock;

	ChoiceSources(Programmes programmes, Clock clock) {
		this.programmes = programmes;
		this.clock = clock;
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
