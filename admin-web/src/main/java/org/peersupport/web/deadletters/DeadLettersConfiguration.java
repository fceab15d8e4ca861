package org.peersupport.web.deadletters;

import org.peersupport.web.dashboard.DashboardCard;
import org.peersupport.web.layout.NavigationEntry;
import org.peersupport.web.security.PanelRole;
import org.peersupport.web.security.PanelUser;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the dead-letters page in the menu and their count on the dashboard. */
@Configuration(proxyBeanMethods = false)
class DeadLettersConfiguration {

	@Bean
	NavigationEntry deadLettersMenuEntry() {
		return new NavigationEntry("nav.dead-letters", "/dead-letters", PanelRole.MODERATOR, 700);
	}

	@Bean
	DashboardCard deadLettersCard(DeadLetterScope deadLetters) {
		return new DashboardCard() {

			@Override
			public String titleKey() {
				return "dashboard.card.dead-letters";
			}

			@Override
			public String value(PanelUser viewer) {
				return Long.toString(deadLetters.count(viewer.scope()));
			}

			@Override
			public String link() {
				return "/dead-letters";
			}

			@Override
			public int order() {
				return 920;
			}

		};
	}

}
