package org.peersupport.web.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the signed-in account afresh on each request: a disabled or deleted account is
 * signed out at once, and pages see today's role and programme scope, not the login's.
 */
final class ActiveAccountFilter extends OncePerRequestFilter {

	private final StaffAccountRepository accounts;

	ActiveAccountFilter(StaffAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
			Optional<StaffAccount> account = this.accounts.findById(principal.accountId());
			if (account.isEmpty() || !account.get().isEnabled()) {
				signOut(request);
				response.sendRedirect(request.getContextPath() + "/login?expired");
				return;
			}
			CurrentPanelUser.set(request, account.get().toPanelUser());
		}
		chain.doFilter(request, response);
	}

	private static void signOut(HttpServletRequest request) {
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

}
