package org.peersupport.checkins;

import java.time.Period;

import org.quartz.CronExpression;

/**
 * One phase of a check-in cadence: on which days a prompt goes, until how long after the
 * anchor (the release date, else the onboarding date).
 *
 * @param until how long after the anchor the phase ends; null for the last, endless phase
 * @param days the day fields of a Quartz cron expression (day of month, month, day of
 * week), e.g. {@code "* * ?"} daily, {@code "? * MON,THU"} twice a week; the time of day
 * is the participant's
 */
public record Phase(Period until, String days) {

	public Phase {
		if (days == null || !CronExpression.isValidExpression(cron(days, 10, 0))) {
			throw new IllegalArgumentException("A check-in phase's days are the last three fields of a Quartz cron "
					+ "expression (e.g. '* * ?' or '? * MON,THU'), not '" + days + "'");
		}
	}

	/** The cron expression of this phase at a time of day. */
	String cron(int hour, int minute) {
		return cron(this.days, hour, minute);
	}

	private static String cron(String days, int hour, int minute) {
		return "0 " + minute + " " + hour + " " + days;
	}

}
