package org.peersupport.checkins;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Saves a programme's check-in settings from the panel, and moves the next prompt of each
 * of its schedules to the new cadence ({@link Schedules#reschedule}), so the change
 * applies from the next prompt, not from the one after it.
 */
public class CheckInPlanChanges {

	private final CheckInPlans plans;

	private final Schedules schedules;

	private final Clock clock;

	CheckInPlanChanges(CheckInPlans plans, Schedules schedules, Clock clock) {
		this.plans = plans;
		this.schedules = schedules;
		this.clock = clock;
	}

	/**
	 * Saves the programme's settings and moves its schedules to them.
	 * @return the settings as saved
	 * @throws IllegalArgumentException if the phases are not in order or a rung is out of
	 * range ({@link CheckInPlan#unorderedAt}); nothing is saved then
	 */
	public CheckInPlan save(String programme, List<Phase> phases, int followUpAfter, int alertAfter, String by) {
		Instant now = this.clock.instant();
		CheckInPlan plan = new CheckInPlan(phases, followUpAfter, alertAfter, by, now);
		plan.requireSavable();
		this.plans.store(programme, plan);
		this.schedules.reschedule(programme, now);
		return plan;
	}

	/**
	 * Forgets what was saved for the programme: configuration's settings apply again, and
	 * its schedules move to them.
	 * @return the settings from configuration
	 */
	public CheckInPlan restoreConfiguration(String programme) {
		this.plans.remove(programme);
		this.schedules.reschedule(programme, this.clock.instant());
		return this.plans.configured(programme);
	}

}
