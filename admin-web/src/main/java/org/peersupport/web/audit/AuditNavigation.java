package org.peersupport.web.audit;

import org.peersupport.web.layout.NavigationEntry;
import org.peersupport.web.security.PanelRole;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the audit page in the menu. */
@Configuration(proxyBeanMethods = false)
class AuditNavigation {

	@Bean
	NavigationEntry auditMenuEntry() {
		return new NavigationEntry("nav.audit", "/audit", PanelRole.MODERATOR, 900);
	}

}
