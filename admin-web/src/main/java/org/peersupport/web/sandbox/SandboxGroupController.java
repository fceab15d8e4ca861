package org.peersupport.web.sandbox;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.peersupport.web.audit.AuditLog;
import org.peersupport.web.security.PanelUser;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/**
 * Test groups beside the sandbox phones: a group on the emulator with the bot as
 * administrator (the bot registers it as pending, staff activate it on the Groups page),
 * its window (posts, members, what the bot did), and posts in it from the shown phones.
 * Only in sandbox mode, where the Groups page is the sandbox bot's; a group that is not
 * the viewer's answers 404.
 */
@Controller
@RequestMapping("/sandbox/groups")
class SandboxGroupController {

	static final String OBJECT_TYPE = "sandbox-group";

	private static final int MAX_TEXT_LENGTH = 4096;

	private final Sandbox sandbox;

	private final SandboxPhoneBook phoneBook;

	private final SandboxGroupBook book;

	private final SandboxGroupWindows windows;

	private final AuditLog auditLog;

	private final MessageSource messages;

	SandboxGroupController(Sandbox sandbox, SandboxPhoneBook phoneBook, SandboxGroupBook book,
			SandboxGroupWindows windows, AuditLog auditLog, MessageSource messages) {
		this.sandbox = sandbox;
		this.phoneBook = phoneBook;
		this.book = book;
		this.windows = windows;
		this.auditLog = auditLog;
		this.messages = messages;
	}

	@ExceptionHandler(SandboxUnavailableException.class)
	@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
	String unavailable() {
		return "sandbox/unavailable";
	}

	/** A new test group with the bot as administrator with every right. */
	@PostMapping
	String add(PanelUser viewer, @RequestParam(name = "phone", required = false) List<Long> requested,
			RedirectAttributes redirect) {
		// before the phone book, which gives a newcomer phones
		requireWholeService();
		SandboxPhones phones = this.phoneBook.shownTo(viewer, requested);
		String title = this.messages.getMessage("sandbox.group.new-title", new Object[] { this.book.count() + 1 },
				viewer.language());
		long chatId = this.sandbox.emulator().users().createGroup(title);
		this.book.add(viewer, chatId);
		this.auditLog.record(viewer, "sandbox.group-added", OBJECT_TYPE, Long.toString(chatId), Map.of(),
				Map.of("added", true));
		redirect.addFlashAttribute("outcome", "sandbox.group.added");
		return "redirect:" + phones.pageUrl();
	}

	@GetMapping("/{chatId}/window")
	String window(PanelUser viewer, @PathVariable long chatId,
			@RequestParam(name = "phone", required = false) List<Long> requested, Model model) {
		model.addAttribute("phones", this.phoneBook.shownTo(viewer, requested));
		model.addAttribute("group", this.windows.require(viewer, this.sandbox, chatId));
		return "sandbox/group :: content";
	}

	/** Posting from the page's script, answered with the group window's content. */
	@PostMapping(path = "/{chatId}/post", headers = SandboxController.IN_PLACE)
	String postInPlace(PanelUser viewer, @PathVariable long chatId, @RequestParam(defaultValue = "0") long member,
			@RequestParam(defaultValue = "") String text,
			@RequestParam(name = "phone", required = false) List<Long> requested, Model model) {
		RedirectAttributesModelMap outcome = new RedirectAttributesModelMap();
		post(viewer, chatId, member, text, requested, outcome);
		model.addAttribute("groupOutcome", outcome.getFlashAttributes().get("outcome"));
		return window(viewer, chatId, requested, model);
	}

	/** A shown phone's user writes in the group, as a member would. */
	@PostMapping("/{chatId}/post")
	String post(PanelUser viewer, @PathVariable long chatId, @RequestParam(defaultValue = "0") long member,
			@RequestParam(defaultValue = "") String text,
			@RequestParam(name = "phone", required = false) List<Long> requested, RedirectAttributes redirect) {
		this.windows.require(viewer, this.sandbox, chatId);
		this.phoneBook.require(viewer, member);
		SandboxPhones phones = this.phoneBook.shownTo(viewer, requested);
		String typed = text.strip();
		if (typed.isEmpty() || typed.length() > MAX_TEXT_LENGTH) {
			redirect.addFlashAttribute("outcome", "sandbox.error.text");
			return "redirect:" + phones.pageUrl();
		}
		try {
			this.sandbox.emulator().users().sendGroupText(chatId, member, typed);
			this.auditLog.record(viewer, "sandbox.group-posted", OBJECT_TYPE, Long.toString(chatId), Map.of(),
					Map.of("length", typed.length()));
		}
		catch (IllegalStateException ex) {
			// Not a member, or restricted from writing (the bot's moderation).
			redirect.addFlashAttribute("outcome", "sandbox.group.error.may-not-post");
		}
		return "redirect:" + phones.pageUrl();
	}

	/**
	 * Activates the viewer's pending test group for one of their programmes, for staff
	 * who do not see pending groups on the Groups page.
	 */
	@PostMapping("/{chatId}/activate")
	String activate(PanelUser viewer, @PathVariable long chatId, @RequestParam(defaultValue = "") String programme,
			@RequestParam(name = "phone", required = false) List<Long> requested, RedirectAttributes redirect) {
		// before the phone book, which gives a newcomer phones
		requireWholeService();
		SandboxPhones phones = this.phoneBook.shownTo(viewer, requested);
		String rules = this.messages.getMessage("sandbox.group.sample-rules", null,
				Locale.forLanguageTag(SandboxGroupWindows.testLanguage(viewer)));
		if (this.windows.activate(viewer, this.sandbox, chatId, programme, rules)) {
			this.auditLog.record(viewer, "sandbox.group-activated", OBJECT_TYPE, Long.toString(chatId), programme,
					Map.of(), Map.of("programme", programme));
			redirect.addFlashAttribute("outcome", "sandbox.group.activated");
		}
		else {
			redirect.addFlashAttribute("outcome", "sandbox.group.error.not-pending");
		}
		return "redirect:" + phones.pageUrl();
	}

	/**
	 * The Groups page that activates a test group is the sandbox bot's only in sandbox
	 * mode.
	 */
	private void requireWholeService() {
		if (this.sandbox.kind() != Sandbox.Kind.WHOLE_SERVICE) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
