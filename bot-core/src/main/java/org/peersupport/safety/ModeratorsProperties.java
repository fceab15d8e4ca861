package org.peersupport.safety;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where moderators are reached in Telegram ({@code peer.moderators}).
 *
 * @param chatId the moderators' group chat that gets alerts; without it alerts are only
 * logged (by pseudonymous reference)
 * @param locale the language of alerts
 * @param alerts how many alerts about one person the moderators get
 */
@ConfigurationProperties("peer.moderators")
public record ModeratorsProperties(Long chatId, @DefaultValue("en") String locale, @DefaultValue Alerts alerts) {

	/**
	 * Limits on alerts about one person, so that one person cannot flood the moderators'
	 * chat. Crisis alerts are never held back.
	 *
	 * @param perPerson how many other alerts (could not answer, script alerts, volunteer
	 * applications) about one person go in a period; more are logged by reference and
	 * left out
	 * @param period the period, counted from the first alert in it
	 * @param crisisWindow crisis alerts are never held back; those about one person in
	 * this window say how many crisis messages came in it, and one that still waits to be
	 * sent (the moderators' chat is at its send limit) is replaced by the next, so one
	 * person's many crisis messages do not queue ahead of another person's first
	 * @param repeatAfter a crisis alert nobody took this long after it was raised is
	 * repeated to the moderators' chat, louder, once
	 * @param repeatCheck how often untaken crisis alerts are looked for
	 */
	public record Alerts(@DefaultValue("3") int perPerson, @DefaultValue("1h") Duration period,
			@DefaultValue("15m") Duration crisisWindow, @DefaultValue("10m") Duration repeatAfter,
			@DefaultValue("30s") Duration repeatCheck) {

		public Alerts {
			if (perPerson < 1 || !positive(period) || !positive(crisisWindow) || !positive(repeatAfter)
					|| !positive(repeatCheck)) {
				throw new IllegalArgumentException("peer.moderators.alerts.per-person must be at least 1, "
						+ "and the period, the crisis window, repeat-after and repeat-check positive");
			}
		}

		private static boolean positive(Duration duration) {
			return duration != null && !duration.isNegative() && !duration.isZero();
		}

	}

}
