package org.peersupport.web.account;

import org.peersupport.web.layout.NavigationEntry;
import org.peersupport.web.security.PanelRole;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts "My account" in the menu. */
@Configuration(proxyBeanMethods = false)
class AccountNavigation {

	@Bean
	NavigationEntry accountMenuEntry() {
		return new NavigationEntry("nav.account", "/account", PanelRole.MODERATOR, 1000);
	}

}
