package org.peersupport.web.layout;

import org.peersupport.web.security.PanelRole;

/**
 * One item of the panel's navigation. A feature adds a page to the menu by declaring a
 * bean of this type.
 *
 * @param labelKey message key of the label
 * @param path where the item leads, e.g. {@code /staff}
 * @param requiredRole who sees the item
 * @param order position in the menu, lowest first
 */
public record NavigationEntry(String labelKey, String path, PanelRole requiredRole, int order) {

	/** Whether {@code requestPath} is this entry's page or below it. */
	public boolean isActiveFor(String requestPath) {
		if ("/".equals(this.path)) {
			return "/".equals(requestPath);
		}
		return requestPath.equals(this.path) || requestPath.startsWith(this.path + "/");
	}

}
