package org.peersupport.web.security;

import java.util.List;

/**
 * A page of the panel as its access rule sees it: the page's path, with everything below
 * it, needs the role the page requires. Declared once, as the page's
 * {@code NavigationEntry}, which the menu shows to the same roles.
 */
public interface PanelPage {

	/** Where the page is, e.g. {@code /staff}. */
	String path();

	/** Who may use the page (and sees it in the menu). */
	PanelRole requiredRole();

	/** Whether {@code requestPath} is this page or below it; {@code /} is only itself. */
	default boolean includes(String requestPath) {
		if ("/".equals(path())) {
			return "/".equals(requestPath);
		}
		return requestPath.equals(path()) || requestPath.startsWith(path() + "/");
	}

	/** The request patterns {@link #includes(String)} matches, for Spring Security. */
	default List<String> pathPatterns() {
		return "/".equals(path()) ? List.of("/") : List.of(path(), path() + "/**");
	}

}
