package org.peersupport.web.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * After a refused sign-in: back to the login form, which keeps the login name typed (the
 * password is never kept) and says that the name or the password was wrong.
 */
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

	/** The flash attribute the login page fills its name field from. */
	static final String TYPED_USERNAME = "typedUsername";

	private static final int LONGEST_KEPT = 100;

	LoginFailureHandler() {
		super("/login?error");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		String typed = request.getParameter("username");
		if (typed != null && !typed.isBlank()) {
			FlashMap flash = new FlashMap();
			flash.put(TYPED_USERNAME, (typed.length() > LONGEST_KEPT) ? typed.substring(0, LONGEST_KEPT) : typed);
			flash.setTargetRequestPath("/login");
			new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
		}
		super.onAuthenticationFailure(request, response, exception);
	}

}
