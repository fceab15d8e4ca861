package org.peersupport.web.programmes;

import org.peersupport.web.layout.NavigationEntry;
import org.peersupport.web.security.PanelPage;
import org.peersupport.web.security.PanelRole;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the Programmes page in the menu for moderators, and the Crisis words page for
 * admins.
 */
@Configuration(proxyBeanMethods = false)
class ProgrammePages {

	@Bean
	NavigationEntry programmesMenuEntry() {
		return new NavigationEntry("nav.programmes", "/programmes", PanelRole.MODERATOR, 300);
	}

	/**
	 * The crisis word lists: for admins, reached from the Programmes page (not the menu,
	 * which has no room left in Russian at a laptop's width).
	 */
	@Bean
	PanelPage crisisWordsPage() {
		return new PanelPage() {

			@Override
			public String path() {
				return "/crisis-words";
			}

			@Override
			public PanelRole requiredRole() {
				return PanelRole.ADMIN;
			}

		};
	}

}
