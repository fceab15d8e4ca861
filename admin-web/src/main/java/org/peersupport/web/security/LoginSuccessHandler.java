package org.peersupport.web.security;

import java.io.IOException;
import java.util.TimeZone;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.peersupport.web.PanelProperties;

import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleContextResolver;

/**
 * After a login: applies the person's language and time zone and the session timeout,
 * then goes where they were headed.
 */
final class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final StaffAccountRepository accounts;

	private final LocaleContextResolver localeResolver;

	private final PanelProperties properties;

	LoginSuccessHandler(StaffAccountRepository accounts, LocaleContextResolver localeResolver,
			PanelProperties properties) {
		this.accounts = accounts;
		this.localeResolver = localeResolver;
		this.properties = properties;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		request.getSession().setMaxInactiveInterval((int) this.properties.sessionTimeout().toSeconds());
		if (authentication.getPrincipal() instanceof StaffPrincipal principal) {
			this.accounts.findById(principal.accountId())
				.ifPresent((account) -> this.localeResolver.setLocaleContext(request, response,
						new SimpleTimeZoneAwareLocaleContext(account.getLanguage(),
								TimeZone.getTimeZone(account.getZone()))));
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
