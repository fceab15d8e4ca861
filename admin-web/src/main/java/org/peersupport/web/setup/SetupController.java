package org.peersupport.web.setup;

import java.util.Locale;

import org.peersupport.web.i18n.PanelLanguage;
import org.peersupport.web.layout.FormError;
import org.peersupport.web.security.Passwords;
import org.peersupport.web.security.UsernameTakenException;
import org.peersupport.web.security.Usernames;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /setup}: creates the first admin with the setup token; gone once an admin
 * exists.
 */
@Controller
@RequestMapping("/setup")
class SetupController {

	private final FirstAdmin firstAdmin;

	SetupController(FirstAdmin firstAdmin) {
		this.firstAdmin = firstAdmin;
	}

	@GetMapping
	String form(Model model) {
		requireOpen();
		model.addAttribute("username", "");
		model.addAttribute("minPasswordLength", Passwords.MIN_LENGTH);
		return "setup";
	}

	@PostMapping
	String create(@RequestParam String token, @RequestParam String username, @RequestParam String password,
			Locale locale, Model model, RedirectAttributes redirect) {
		requireOpen();
		FormError error = check(username, password);
		if (error == null) {
			try {
				if (this.firstAdmin.createWithToken(token, username, password,
						PanelLanguage.closestTo(locale).locale()) == null) {
					error = FormError.on("token", "setup.error.token");
				}
			}
			catch (UsernameTakenException | IllegalStateException ex) {
				error = FormError.onForm("setup.error.failed");
			}
		}
		if (error != null) {
			error.show(model);
			model.addAttribute("username", username);
			model.addAttribute("minPasswordLength", Passwords.MIN_LENGTH);
			return "setup";
		}
		redirect.addFlashAttribute("outcome", "setup.done");
		return "redirect:/login";
	}

	private static FormError check(String username, String password) {
		if (!Usernames.isValid(Usernames.normalize(username))) {
			return FormError.on("username", "staff.error.username");
		}
		if (!Passwords.isAcceptable(password)) {
			return FormError.on("password", "staff.error.password");
		}
		return null;
	}

	private void requireOpen() {
		if (this.firstAdmin.isDone()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
