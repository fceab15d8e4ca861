package org.peersupport.web.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The panel's access rules in one place: which paths are open to anyone, and what each
 * page requires. A page's rule comes from its {@link PanelPage} (the feature's
 * {@code NavigationEntry}): its path and everything below it need the page's role, the
 * most specific page deciding. Everything else needs a signed-in staff member.
 */
public final class PanelSecurity {

	/**
	 * Paths anyone may request. Reviewed: login and setup must be reachable signed out.
	 */
	public static final List<String> PUBLIC_PATHS = List.of("/login", "/setup", "/language", "/error", "/css/**",
			"/js/**", "/img/**", "/favicon.ico");

	/**
	 * Content Security Policy: only this origin, no inline script or style, no framing.
	 */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private PanelSecurity() {
	}

	/** The pages in the order their rules apply: the longest path first. */
	public static List<PanelPage> mostSpecificFirst(Collection<? extends PanelPage> pages) {
		return pages.stream()
			.map(PanelPage.class::cast)
			.sorted(Comparator.comparingInt((PanelPage page) -> page.path().length())
				.reversed()
				.thenComparing(PanelPage::path))
			.toList();
	}

	/**
	 * The page a request path belongs to (the most specific one), or null when no page
	 * includes it.
	 */
	public static PanelPage pageOf(String requestPath, Collection<? extends PanelPage> pages) {
		return mostSpecificFirst(pages).stream().filter((page) -> page.includes(requestPath)).findFirst().orElse(null);
	}

	/** The roles that may use a page, as Spring Security role names. */
	public static String[] rolesFor(PanelPage page) {
		return Arrays.stream(PanelRole.values())
			.filter((role) -> role.covers(page.requiredRole()))
			.map(PanelRole::name)
			.toArray(String[]::new);
	}

}
