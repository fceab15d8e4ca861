package org.peersupport.web.programmes;

import org.peersupport.web.layout.NavigationEntry;
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

}
