package org.peersupport.web.alerts;

import org.peersupport.safety.Alerts;
import org.peersupport.web.dashboard.DashboardCard;
import org.peersupport.web.layout.NavigationEntry;
import org.peersupport.web.security.PanelRole;
import org.peersupport.web.security.PanelUser;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the alerts page in the menu and the count of waiting alerts on the dashboard. */
@Configuration(proxyBeanMethods = false)
class AlertsConfiguration {

	@Bean
	NavigationEntry alertsMenuEntry() {
		return new NavigationEntry("nav.alerts", "/alerts", PanelRole.MODERATOR, 50);
	}

	@Bean
	DashboardCard alertsCard(Alerts alerts) {
		return new DashboardCard() {

			@Override
			public String titleKey() {
				return "dashboard.card.alerts";
			}

			@Override
			public String value(PanelUser viewer) {
				return Long.toString(alerts.countPending(viewer.scope().programmesOrAll()));
			}

			@Override
			public String link() {
				return "/alerts";
			}

			@Override
			public int order() {
				return 10;
			}

		};
	}

}
