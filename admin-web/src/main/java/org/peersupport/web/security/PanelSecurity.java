package org.peersupport.web.security;

import java.util.List;

/**
 * The panel's access rules in one place: which paths are open to anyone and which need an
 * admin. Everything else needs a signed-in staff member. A new admin-only page puts its
 * path under one of {@link #ADMIN_PATHS}.
 */
public final class PanelSecurity {

	/**
	 * Paths anyone may request. Reviewed: login and setup must be reachable signed out.
	 */
	public static final List<String> PUBLIC_PATHS = List.of("/login", "/setup", "/language", "/error", "/css/**",
			"/js/**", "/img/**", "/favicon.ico");

	/** Paths only admins may request. */
	public static final List<String> ADMIN_PATHS = List.of("/staff", "/staff/**", "/settings", "/settings/**",
			"/scripts", "/scripts/**");

	/**
	 * Content Security Policy: only this origin, no inline script or style, no framing.
	 */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private PanelSecurity() {
	}

}
