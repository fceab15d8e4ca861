package org.peersupport.web.sandbox;

import org.peersupport.web.layout.NavigationEntry;
import org.peersupport.web.security.PanelRole;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the sandbox phones in the menu. */
@Configuration(proxyBeanMethods = false)
class SandboxNavigation {

	@Bean
	NavigationEntry sandboxMenuEntry() {
		return new NavigationEntry("nav.sandbox", "/sandbox", PanelRole.MODERATOR, 600);
	}

}
