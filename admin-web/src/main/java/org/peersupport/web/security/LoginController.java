package org.peersupport.web.security;

import java.util.List;

import org.peersupport.web.layout.FormError;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Shows the login form; Spring Security handles the POST. After a refused sign-in the
 * form keeps the name typed ({@link LoginFailureHandler}) and ties the error to both
 * fields, since it does not say which of them was wrong.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, Model model) {
		if (!model.containsAttribute(LoginFailureHandler.TYPED_USERNAME)) {
			model.addAttribute(LoginFailureHandler.TYPED_USERNAME, "");
		}
		if (error != null) {
			new FormError(List.of("username", "password"), "login.error", List.of()).show(model);
		}
		return "login";
	}

}
