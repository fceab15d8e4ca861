package org.peersupport.web.staff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.peersupport.web.layout.Confirmation;
import org.peersupport.web.layout.FormError;
import org.peersupport.web.layout.PageView;
import org.peersupport.web.security.PanelUser;
import org.peersupport.web.security.Passwords;
import org.peersupport.web.security.StaffAccount;
import org.peersupport.web.security.UsernameTakenException;
import org.peersupport.web.security.Usernames;

import org.springframework.data.domain.Page;
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

	private final StaffService staff;

	private final ProgrammeChoice programmes;

	StaffController(StaffService staff, ProgrammeChoice programmes) {
		this.staff = staff;
		this.programmes = programmes;
	}

	@GetMapping
	String list(PanelUser admin, @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		Page<StaffAccount> accounts = this.staff.list(PageView.request(page, PAGE_SIZE));
		Map<String, String> programmeNames = new HashMap<>();
		accounts.forEach((account) -> programmeNames.put(account.getId(),
				this.programmes.names(account.getProgrammes(), admin.language().getLanguage())));
		model.addAttribute("accounts", PageView.of(accounts, request));
		model.addAttribute("programmeNames", programmeNames);
		return "staff/list";
	}

	@GetMapping("/new")
	String newModerator(Model model) {
		return newForm("", Set.of(), model);
	}

	@PostMapping
	String createModerator(PanelUser admin, @RequestParam String username, @RequestParam String password,
			@RequestParam(name = "programmes", required = false) List<String> posted, Model model,
			RedirectAttributes redirect) {
		Set<String> picked = ProgrammeChoice.picked(posted);
		String unknown = this.programmes.unknown(picked);
		FormError error = null;
		if (!Usernames.isValid(Usernames.normalize(username))) {
			error = FormError.on("username", "staff.error.username");
		}
		else if (!Passwords.isAcceptable(password)) {
			error = FormError.on("password", "staff.error.password");
		}
		else if (!unknown.isEmpty()) {
			error = FormError.on(ProgrammeChoice.PICKER, "staff.error.programmes-unknown", unknown);
		}
		else {
			try {
				this.staff.createModerator(admin, username, password, picked);
			}
			catch (UsernameTakenException ex) {
				error = FormError.on("username", "staff.error.username-taken");
			}
		}
		if (error != null) {
			error.show(model);
			return newForm(username, picked, model);
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
			FormError.on("password", "staff.error.password").show(model);
			return passwordForm(id, model);
		}
		this.staff.resetPassword(admin, id, password);
		redirect.addFlashAttribute("outcome", "staff.password-reset");
		return "redirect:/staff";
	}

	@GetMapping("/{id}/programmes")
	String programmesForm(@PathVariable String id, Model model) {
		StaffAccount account = this.staff.get(id);
		return programmesForm(account, account.getProgrammes(), model);
	}

	/**
	 * Limits a moderator to the ticked programmes (none ticked: all of them); a key no
	 * configured programme has is refused and nothing is saved.
	 */
	@PostMapping("/{id}/programmes")
	String limitToProgrammes(PanelUser admin, @PathVariable String id,
			@RequestParam(name = "programmes", required = false) List<String> posted, Model model,
			RedirectAttributes redirect) {
		StaffAccount account = this.staff.get(id);
		Set<String> picked = ProgrammeChoice.picked(posted);
		String unknown = this.programmes.unknown(picked);
		if (!unknown.isEmpty()) {
			FormError.on(ProgrammeChoice.PICKER, "staff.error.programmes-unknown", unknown).show(model);
			return programmesForm(account, picked, model);
		}
		this.staff.limitToProgrammes(admin, id, picked);
		redirect.addFlashAttribute("outcome", "staff.programmes-changed");
		return "redirect:/staff";
	}

	private String newForm(String username, Set<String> picked, Model model) {
		model.addAttribute("username", username);
		model.addAttribute("minPasswordLength", Passwords.MIN_LENGTH);
		model.addAttribute("programmeChoices", this.programmes.all());
		model.addAttribute("picked", picked);
		return "staff/new";
	}

	private String programmesForm(StaffAccount account, Set<String> picked, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("programmeChoices", this.programmes.all());
		model.addAttribute("picked", picked);
		return "staff/programmes";
	}

}
