package org.peersupport.web.requests;

import org.peersupport.requests.RequestDesk;
import org.peersupport.web.dashboard.DashboardCard;
import org.peersupport.web.layout.NavigationEntry;
import org.peersupport.web.security.PanelRole;
import org.peersupport.web.security.PanelUser;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the requests page in the menu and the requests nobody has taken on the dashboard.
 */
@Configuration(proxyBeanMethods = false)
class RequestPages {

	@Bean
	NavigationEntry requestsMenuEntry() {
		return new NavigationEntry("nav.requests", "/requests", PanelRole.MODERATOR, 100);
	}

	@Bean
	DashboardCard untakenRequestsCard(RequestDesk desk) {
		return new DashboardCard() {

			@Override
			public String titleKey() {
				return "dashboard.card.untaken-requests";
			}

			@Override
			public String value(PanelUser viewer) {
				return Long.toString(desk.countUntaken(viewer.scope().programmesOrAll()));
			}

			@Override
			public String link() {
				return "/requests?show=WAITING";
			}

			@Override
			public int order() {
				return 20;
			}

		};
	}

}
