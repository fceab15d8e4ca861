package org.peersupport.web.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in staff member of the current request, as checked against the store at the
 * start of the request. Controllers may also simply declare a {@link PanelUser}
 * parameter.
 */
@Component
public class CurrentPanelUser {

	static final String ATTRIBUTE = PanelUser.class.getName();

	/** The signed-in staff member, or empty for an anonymous request. */
	public Optional<PanelUser> get() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes == null) {
			return Optional.empty();
		}
		return Optional.ofNullable((PanelUser) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
	}

	/** The signed-in staff member; fails on an anonymous request. */
	public PanelUser require() {
		return get().orElseThrow(() -> new IllegalStateException("No staff member is signed in"));
	}

	static void set(HttpServletRequest request, PanelUser user) {
		request.setAttribute(ATTRIBUTE, user);
	}

}
