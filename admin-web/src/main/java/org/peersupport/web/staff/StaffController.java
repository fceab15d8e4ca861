package org.peersupport.web.staff;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.peersupport.web.layout.Confirmation;
import org.peersupport.web.layout.PageView;
import org.peersupport.web.security.PanelUser;
import org.peersupport.web.security.Passwords;
import org.peersupport.web.security.StaffAccount;
import org.peersupport.web.security.UsernameTakenException;
import org.peersupport.web.security.Usernames;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff pages (admins only: their navigation entry, {@code StaffPanel}, says so). */
@Controller
@RequestMapping("/staff")
class StaffController {

	private static final int PAGE_SIZE = 25;

	private static final Pattern PROGRAMME_ID = Pattern.compile("[a-z0-9-]{1,40}");

	private final StaffService staff;

	StaffController(StaffService staff) {
		this.staff = staff;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		model.addAttribute("accounts", PageView.of(this.staff.list(PageView.request(page, PAGE_SIZE)), request));
		return "staff/list";
	}

	@GetMapping("/new")
	String newModerator(Model model) {
		model.addAttribute("username", "");
		model.addAttribute("minPasswordLength", Passwords.MIN_LENGTH);
		return "staff/new";
	}

	@PostMapping
	String createModerator(PanelUser admin, @RequestParam String username, @RequestParam String password, Model model,
			RedirectAttributes redirect) {
		String error = null;
		if (!Usernames.isValid(Usernames.normalize(username))) {
			error = "staff.error.username";
		}
		else if (!Passwords.isAcceptable(password)) {
			error = "staff.error.password";
		}
		else {
			try {
				this.staff.createModerator(admin, username, password);
			}
			catch (UsernameTakenException ex) {
				error = "staff.error.username-taken";
			}
		}
		if (error != null) {
			model.addAttribute("error", error);
			model.addAttribute("username", username);
			model.addAttribute("minPasswordLength", Passwords.MIN_LENGTH);
			return "staff/new";
		}
		redirect.addFlashAttribute("outcome", "staff.created");
		return "redirect:/staff";
	}

	@GetMapping("/{id}/disable")
	String confirmDisable(@PathVariable String id, Model model) {
		StaffAccount account = this.staff.get(id);
		return new Confirmation("staff.disable.title", "staff.disable.question", List.of(account.getUsername()),
				"/staff/" + id + "/disable", "staff.disable.confirm", "/staff")
			.show(model);
	}

	@PostMapping("/{id}/disable")
	String disable(PanelUser admin, @PathVariable String id, RedirectAttributes redirect) {
		if (admin.id().equals(id)) {
			redirect.addFlashAttribute("outcome", "staff.error.disable-self");
			return "redirect:/staff";
		}
		this.staff.disable(admin, id);
		redirect.addFlashAttribute("outcome", "staff.disabled");
		return "redirect:/staff";
	}

	@PostMapping("/{id}/enable")
	String enable(PanelUser admin, @PathVariable String id, RedirectAttributes redirect) {
		this.staff.enable(admin, id);
		redirect.addFlashAttribute("outcome", "staff.enabled");
		return "redirect:/staff";
	}

	@GetMapping("/{id}/password")
	String passwordForm(@PathVariable String id, Model model) {
		model.addAttribute("account", this.staff.get(id));
		model.addAttribute("minPasswordLength", Passwords.MIN_LENGTH);
		return "staff/password";
	}

	@PostMapping("/{id}/password")
	String resetPassword(PanelUser admin, @PathVariable String id, @RequestParam String password, Model model,
			RedirectAttributes redirect) {
		if (!Passwords.isAcceptable(password)) {
			model.addAttribute("error", "staff.error.password");
			return passwordForm(id, model);
		}
		this.staff.resetPassword(admin, id, password);
		redirect.addFlashAttribute("outcome", "staff.password-reset");
		return "redirect:/staff";
	}

	@GetMapping("/{id}/programmes")
	String programmesForm(@PathVariable String id, Model model) {
		StaffAccount account = this.staff.get(id);
		model.addAttribute("account", account);
		model.addAttribute("programmes", String.join(", ", new TreeSet<>(account.getProgrammes())));
		return "staff/programmes";
	}

	@PostMapping("/{id}/programmes")
	String limitToProgrammes(PanelUser admin, @PathVariable String id,
			@RequestParam(defaultValue = "") String programmes, Model model, RedirectAttributes redirect) {
		Set<String> ids = Arrays.stream(programmes.split("[,\\s]+"))
			.map(String::strip)
			.filter((programme) -> !programme.isEmpty())
			.collect(Collectors.toCollection(TreeSet::new));
		if (!ids.stream().allMatch((programme) -> PROGRAMME_ID.matcher(programme).matches())) {
			model.addAttribute("error", "staff.error.programmes");
			model.addAttribute("account", this.staff.get(id));
			model.addAttribute("programmes", programmes);
			return "staff/programmes";
		}
		this.staff.limitToProgrammes(admin, id, ids);
		redirect.addFlashAttribute("outcome", "staff.programmes-changed");
		return "redirect:/staff";
	}

}
