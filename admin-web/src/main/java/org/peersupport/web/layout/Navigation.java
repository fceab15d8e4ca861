package org.peersupport.web.layout;

import java.util.Comparator;
import java.util.List;

import org.peersupport.web.security.PanelUser;

import org.springframework.stereotype.Component;

/** All navigation entries the features contribute, in menu order. */
@Component
public class Navigation {

	private final List<NavigationEntry> entries;

	Navigation(List<NavigationEntry> entries) {
		this.entries = entries.stream()
			.sorted(Comparator.comparingInt(NavigationEntry::order).thenComparing(NavigationEntry::path))
			.toList();
	}

	public List<NavigationEntry> all() {
		return this.entries;
	}

	/** The entries this person may use. */
	public List<NavigationEntry> visibleTo(PanelUser user) {
		return this.entries.stream().filter((entry) -> user.hasRole(entry.requiredRole())).toList();
	}

}
