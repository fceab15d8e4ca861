package org.peersupport.web.scripts;

import org.peersupport.web.layout.NavigationEntry;
import org.peersupport.web.security.PanelRole;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the scripts page in the admins' menu. */
@Configuration(proxyBeanMethods = false)
class ScriptsNavigation {

	@Bean
	NavigationEntry scriptsMenuEntry() {
		return new NavigationEntry("nav.scripts", "/scripts", PanelRole.ADMIN, 750);
	}

}
