package org.peersupport.checkins;

import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Check-in settings ({@code peer.checkins}).
 *
 * @param phases the cadence of a programme that names none: daily for 14 days after the
 * anchor, twice a week until 3 months, then weekly
 * @param programmes a programme's own cadence, by programme key
 * @param time the time of day of a participant who chose none, in their time zone
 * @param quietHours when no prompt goes ({@code 22-08}: from 22:00 to 08:00, in the
 * participant's time zone); a time inside them moves to their end
 * @param window how late a prompt missed while the service was down is still sent
 * @param interval how often due check-ins are looked for
 * @param followUpAfter after this many prompts in a row without an answer, the next one
 * comes as a gentle follow-up (once a run); 0 turns the follow-up and the alert off
 * @param alertAfter after this many more unanswered prompts, the moderators are alerted
 * (once a run); 0 alerts with the follow-up
 * @param settingsCache how long an instance keeps a programme's check-in settings saved
 * in the panel before reading them again, so a change saved through another instance
 * applies here within this time
 */
@ConfigurationProperties("peer.checkins")
public record CheckInsProperties(List<Phase> phases, Map<String, List<Phase>> programmes,
		@DefaultValue("10:00") LocalTime time, @DefaultValue("22-08") String quietHours,
		@DefaultValue("3h") Duration window, @DefaultValue("1m") Duration interval,
		@DefaultValue("3") int followUpAfter, @DefaultValue("2") int alertAfter,
		@DefaultValue("30s") Duration settingsCache) {

	/** The cadence of a programme that names none. */
	public static final List<Phase> DEFAULT_PHASES = List.of(new Phase(Period.ofDays(14), "* * ?"),
			new Phase(Period.ofMonths(3), "? * MON,THU"), new Phase(null, "? * MON"));

	public CheckInsProperties {
		phases = (phases != null && !phases.isEmpty()) ? List.copyOf(phases) : DEFAULT_PHASES;
		programmes = (programmes != null) ? Map.copyOf(programmes) : Map.of();
		if (!quietHours.matches("none|([01][0-9]|2[0-3])-([01][0-9]|2[0-3])")) {
			throw new IllegalArgumentException("peer.checkins.quiet-hours reads like 22-08, or none");
		}
		if (followUpAfter < 0 || alertAfter < 0) {
			throw new IllegalArgumentException("peer.checkins.follow-up-after and alert-after are 0 or more");
		}
	}

	/** The phases of a programme in configuration. */
	List<Phase> phasesOf(String programme) {
		List<Phase> own = this.programmes.get(programme);
		return (own != null && !own.isEmpty()) ? own : this.phases;
	}

	/**
	 * The time a prompt goes at for someone who chose {@code chosen}: never in quiet
	 * hours.
	 */
	LocalTime outsideQuietHours(LocalTime chosen) {
		if (this.quietHours.equals("none")) {
			return chosen;
		}
		int from = Integer.parseInt(this.quietHours.substring(0, 2));
		int to = Integer.parseInt(this.quietHours.substring(3));
		int hour = chosen.getHour();
		boolean quiet = (from <= to) ? (hour >= from && hour < to) : (hour >= from || hour < to);
		return quiet ? LocalTime.of(to, 0) : chosen;
	}

}
