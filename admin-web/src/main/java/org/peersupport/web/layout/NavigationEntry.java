package org.peersupport.web.layout;

import org.peersupport.web.security.PanelPage;
import org.peersupport.web.security.PanelRole;

/**
 * One page of the panel: its item in the navigation and its access rule. A feature adds a
 * page by declaring a bean of this type; the menu shows it to the roles that may use it,
 * and the security rules give its path and everything below it the same role
 * ({@code PanelSecurity}).
 *
 * @param labelKey message key of the label
 * @param path where the item leads, e.g. {@code /staff}
 * @param requiredRole who sees the item and may use the page
 * @param order position in the menu, lowest first
 */
public record NavigationEntry(String labelKey, String path, PanelRole requiredRole, int order) implements PanelPage {

	/** Whether {@code requestPath} is this entry's page or below it. */
	public boolean isActiveFor(String requestPath) {
		return includes(requestPath);
	}

}
