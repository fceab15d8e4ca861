package org.peersupport.web.groups;

import org.peersupport.web.layout.NavigationEntry;
import org.peersupport.web.security.PanelRole;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the Groups page in the menu, for moderators. */
@Configuration(proxyBeanMethods = false)
class GroupPages {

	@Bean
	NavigationEntry groupsMenuEntry() {
		return new NavigationEntry("nav.groups", "/groups", PanelRole.MODERATOR, 250);
	}

}
