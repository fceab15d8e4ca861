package org.peersupport.web.participants;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.peersupport.participants.Participants;
import org.peersupport.web.dashboard.DashboardCard;
import org.peersupport.web.security.PanelUser;
import org.peersupport.web.security.ProgrammeScope;

import org.springframework.stereotype.Component;

/**
 * Dashboard card: participants who finished onboarding since Monday 00:00 in the viewer's
 * time zone, within the viewer's programmes.
 */
@Component
class OnboardedThisWeekCard implements DashboardCard {

	private final Participants participants;

	private final Clock clock;

	OnboardedThisWeekCard(Participants participants, Clock clock) {
		this.participants = participants;
		this.clock = clock;
	}

	@Override
	public String titleKey() {
		return "dashboard.card.onboarded-this-week";
	}

	@Override
	public String value(PanelUser viewer) {
		Instant since = weekStart(viewer);
		ProgrammeScope scope = viewer.scope();
		long count = scope.isUnlimited() ? this.participants.countOnboardedSince(since)
				: this.participants.countOnboardedSince(since, scope.programmes());
		return Long.toString(count);
	}

	@Override
	public int order() {
		return 930;
	}

	private Instant weekStart(PanelUser viewer) {
		LocalDate today = LocalDate.now(this.clock.withZone(viewer.zone()));
		return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(viewer.zone()).toInstant();
	}

}
