package org.peersupport.web.participants;

import org.peersupport.participants.ParticipantStanding;
import org.peersupport.web.dashboard.DashboardCard;
import org.peersupport.web.layout.NavigationEntry;
import org.peersupport.web.security.PanelRole;
import org.peersupport.web.security.PanelUser;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the participants page in the menu, and on the dashboard how many wait for a group
 * and how many need a person, each leading to that filtered list.
 */
@Configuration(proxyBeanMethods = false)
class ParticipantsNavigation {

	@Bean
	NavigationEntry participantsMenuEntry() {
		return new NavigationEntry("nav.participants", "/participants", PanelRole.MODERATOR, 150);
	}

	@Bean
	DashboardCard needAPersonCard(ScopedParticipants participants) {
		return new StandingCard(participants, ParticipantStanding.NEEDS_PERSON, "dashboard.card.need-a-person", 20);
	}

	@Bean
	DashboardCard waitingForGroupCard(ScopedParticipants participants) {
		return new StandingCard(participants, ParticipantStanding.WAITING_FOR_GROUP, "dashboard.card.waiting-for-group",
				40);
	}

	/** How many participants in the viewer's scope stand there. */
	private record StandingCard(ScopedParticipants participants, ParticipantStanding standing, String titleKey,
			int order) implements DashboardCard {

		@Override
		public String value(PanelUser viewer) {
			return Long.toString(this.participants.count(viewer, this.standing));
		}

		@Override
		public String link() {
			return "/participants?standing=" + this.standing.name();
		}

	}

}
