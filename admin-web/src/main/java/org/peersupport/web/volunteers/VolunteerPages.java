package org.peersupport.web.volunteers;

import org.peersupport.web.dashboard.DashboardCard;
import org.peersupport.web.layout.NavigationEntry;
import org.peersupport.web.security.PanelRole;
import org.peersupport.web.security.PanelUser;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the volunteers page in the menu and the pending applications on the dashboard. */
@Configuration(proxyBeanMethods = false)
class VolunteerPages {

	@Bean
	NavigationEntry volunteersMenuEntry() {
		return new NavigationEntry("nav.volunteers", "/volunteers", PanelRole.MODERATOR, 200);
	}

	@Bean
	DashboardCard pendingVolunteersCard(VolunteerDirectory directory) {
		return new DashboardCard() {

			@Override
			public String titleKey() {
				return "dashboard.card.pending-volunteers";
			}

			@Override
			public String value(PanelUser viewer) {
				return Long.toString(directory.countPending(viewer.scope()));
			}

			@Override
			public String link() {
				return "/volunteers?status=PENDING";
			}

			@Override
			public int order() {
				return 910;
			}

		};
	}

}
