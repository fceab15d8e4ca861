package org.peersupport.web.staff;

import org.peersupport.web.dashboard.DashboardCard;
import org.peersupport.web.layout.NavigationEntry;
import org.peersupport.web.security.PanelRole;
import org.peersupport.web.security.PanelUser;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The staff feature's place in the frame: its menu item and its dashboard card. */
@Configuration(proxyBeanMethods = false)
class StaffPanel {

	@Bean
	NavigationEntry staffMenuEntry() {
		return new NavigationEntry("nav.staff", "/staff", PanelRole.ADMIN, 800);
	}

	@Bean
	DashboardCard staffAccountsCard(StaffService staff) {
		return new DashboardCard() {

			@Override
			public String titleKey() {
				return "dashboard.card.staff-accounts";
			}

			@Override
			public String value(PanelUser viewer) {
				return String.valueOf(staff.count());
			}

			@Override
			public String link() {
				return "/staff";
			}

			@Override
			public int order() {
				return 900;
			}

			@Override
			public boolean isVisibleTo(PanelUser viewer) {
				return viewer.isAdmin();
			}

		};
	}

}
