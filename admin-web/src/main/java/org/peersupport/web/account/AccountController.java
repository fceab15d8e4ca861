package org.peersupport.web.account;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

import org.peersupport.web.layout.FormError;
import org.peersupport.web.security.PanelUser;
import org.peersupport.web.security.Passwords;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My account": change one's own password and time zone (language: the switch on every
 * page).
 */
@Controller
class AccountController {

	private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

	private final AccountPreferences preferences;

	AccountController(AccountPreferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping("/account")
	String account(Model model) {
		model.addAttribute("zones", ZONES);
		model.addAttribute("minPasswordLength", Passwords.MIN_LENGTH);
		return "account";
	}

	@PostMapping("/account/password")
	String changePassword(PanelUser user, @RequestParam String currentPassword, @RequestParam String newPassword,
			@RequestParam String repeatPassword, RedirectAttributes redirect) {
		FormError error = null;
		if (!newPassword.equals(repeatPassword)) {
			error = FormError.on("repeat-password", "account.password.mismatch");
		}
		else if (!Passwords.isAcceptable(newPassword)) {
			error = FormError.on("new-password", "account.password.weak");
		}
		else if (!this.preferences.changePassword(user, currentPassword, newPassword)) {
			error = FormError.on("current-password", "account.password.wrong-current");
		}
		if (error != null) {
			error.showAfterRedirect(redirect);
		}
		else {
			redirect.addFlashAttribute("outcome", "account.password.changed");
		}
		return "redirect:/account";
	}

	@PostMapping("/account/zone")
	String changeZone(PanelUser user, @RequestParam String zone, RedirectAttributes redirect) {
		try {
			this.preferences.changeZone(user, ZoneId.of(zone));
			redirect.addFlashAttribute("outcome", "account.zone.changed");
		}
		catch (DateTimeException ex) {
			FormError.on("zone", "account.zone.unknown").showAfterRedirect(redirect);
		}
		return "redirect:/account";
	}

}
