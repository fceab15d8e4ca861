package org.peersupport.checkins;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * A programme's check-in settings as they apply: its phases and its missed-check-in
 * ladder, saved in the panel or, where nothing was saved, from configuration.
 *
 * @param phases the cadence
 * @param followUpAfter unanswered prompts before the gentle follow-up; 0: no ladder
 * @param alertAfter further unanswered prompts before the team is alerted
 * @param savedBy who saved them in the panel, or null when they are configuration's
 * @param savedAt when, or null
 */
public record CheckInPlan(List<Phase> phases, int followUpAfter, int alertAfter, String savedBy, Instant savedAt) {

	/** The most a ladder's rung may count. */
	public static final int MOST_UNANSWERED = 30;

	/** The most phases a programme has. */
	public static final int MOST_PHASES = 8;

	/** The longest a phase may run from the anchor. */
	public static final Period LONGEST = Period.ofYears(5);

	public CheckInPlan {
		phases = List.copyOf(phases);
	}

	/**
	 * Checks settings about to be saved in the panel (configuration's are taken as they
	 * are, as before).
	 * @throws IllegalArgumentException if the phases are not in order
	 * ({@link #unorderedAt}) or a rung is outside 0 to {@link #MOST_UNANSWERED}
	 */
	void requireSavable() {
		if (unorderedAt(this.phases).isPresent()) {
			throw new IllegalArgumentException("Check-in phases end in order, and only the last may be endless");
		}
		if (this.followUpAfter < 0 || this.alertAfter < 0 || this.followUpAfter > MOST_UNANSWERED
				|| this.alertAfter > MOST_UNANSWERED) {
			throw new IllegalArgumentException("A ladder's rungs count from 0 to " + MOST_UNANSWERED);
		}
	}

	/** Whether these settings were saved in the panel. */
	public boolean saved() {
		return this.savedAt != null;
	}

	Ladder ladder() {
		return new Ladder(this.followUpAfter, this.alertAfter);
	}

	/**
	 * The first phase that breaks the order, if one does: no phases at all (index 0), an
	 * endless phase before the last, a length not above zero or beyond {@link #LONGEST},
	 * or an end not surely later than the one before whatever the anchor day (a month
	 * counts as 28 to 31 days, a year as 365 or 366).
	 */
	public static Optional<Integer> unorderedAt(List<Phase> phases) {
		if (phases.isEmpty() || phases.size() > MOST_PHASES) {
			return Optional.of(0);
		}
		long previousLatest = 0;
		for (int i = 0; i < phases.size(); i++) {
			Period until = phases.get(i).until();
			if (until == null) {
				if (i < phases.size() - 1) {
					return Optional.of(i);
				}
				continue;
			}
			if (until.isNegative() || until.isZero() || earliest(until) <= previousLatest
					|| latest(until) > latest(LONGEST)) {
				return Optional.of(i);
			}
			previousLatest = latest(until);
		}
		return Optional.empty();
	}

	private static long earliest(Period period) {
		return period.getYears() * 365L + period.getMonths() * 28L + period.getDays();
	}

	private static long latest(Period period) {
		return period.getYears() * 366L + period.getMonths() * 31L + period.getDays();
	}

}
