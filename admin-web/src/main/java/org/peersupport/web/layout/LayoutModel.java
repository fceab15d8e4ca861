package org.peersupport.web.layout;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.peersupport.web.i18n.PanelLanguage;
import org.peersupport.web.security.CurrentPanelUser;
import org.peersupport.web.security.PanelUser;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page: the person, the menu, the languages. */
@ControllerAdvice
class LayoutModel {

	private final CurrentPanelUser currentUser;

	private final Navigation navigation;

	LayoutModel(CurrentPanelUser currentUser, Navigation navigation) {
		this.currentUser = currentUser;
		this.navigation = navigation;
	}

	@ModelAttribute("panelUser")
	PanelUser panelUser() {
		return this.currentUser.get().orElse(null);
	}

	@ModelAttribute("navigation")
	List<NavigationEntry> navigation() {
		Optional<PanelUser> user = this.currentUser.get();
		return user.map(this.navigation::visibleTo).orElse(List.of());
	}

	@ModelAttribute("requestPath")
	String requestPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@ModelAttribute("currentUrl")
	String currentUrl(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())) {
			return "/"; // a form's POST address may have no page to come back to
		}
		if (request.getDispatcherType() == DispatcherType.ERROR
				&& request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
			// On an error page: the page that failed, not /error itself.
			String path = failed.substring(request.getContextPath().length());
			Object query = request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING);
			return (query != null) ? path + "?" + query : path;
		}
		String path = requestPath(request);
		return (request.getQueryString() != null) ? path + "?" + request.getQueryString() : path;
	}

	@ModelAttribute("languages")
	PanelLanguage[] languages() {
		return PanelLanguage.values();
	}

}
