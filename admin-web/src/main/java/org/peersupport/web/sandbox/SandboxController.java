package org.peersupport.web.sandbox;

import java.util.List;
import java.util.Map;

import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.BotMessage;
import org.peersupport.web.audit.AuditLog;
import org.peersupport.web.layout.Confirmation;
import org.peersupport.web.security.PanelUser;

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

/**
 * The sandbox phones: chat windows of emulator users, relayed in process to the user side
 * of the {@link Sandbox}'s emulator, in every mode. Which phones a viewer may use is the
 * {@link SandboxPhoneBook}'s answer; a phone that is not theirs answers 404.
 */
@Controller
@RequestMapping("/sandbox")
class SandboxController {

	static final String OBJECT_TYPE = "sandbox-user";

	private static final int MAX_TEXT_LENGTH = 4096;

	private final Sandbox sandbox;

	private final SandboxPhoneBook phoneBook;

	private final AuditLog auditLog;

	SandboxController(Sandbox sandbox, SandboxPhoneBook phoneBook, AuditLog auditLog) {
		this.sandbox = sandbox;
		this.phoneBook = phoneBook;
		this.auditLog = auditLog;
	}

	@ExceptionHandler(SandboxUnavailableException.class)
	@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
	String unavailable() {
		return "sandbox/unavailable";
	}

	@GetMapping
	String phones(PanelUser viewer, @RequestParam(name = "phone", required = false) List<Long> requested, Model model) {
		SandboxPhones phones = this.phoneBook.shownTo(viewer, requested);
		BotApiEmulator emulator = this.sandbox.emulator();
		model.addAttribute("engine", this.sandbox.kind() == Sandbox.Kind.ENGINE);
		model.addAttribute("anyPhone", this.phoneBook.mayUseAny(viewer));
		model.addAttribute("phones", phones);
		model.addAttribute("windows",
				phones.userIds().stream().map((userId) -> PhoneWindow.of(userId, messages(emulator, userId))).toList());
		return "sandbox/phones";
	}

	@GetMapping("/phones/{userId}/messages")
	String messageList(PanelUser viewer, @PathVariable long userId,
			@RequestParam(name = "phone", required = false) List<Long> requested, Model model) {
		this.phoneBook.require(viewer, userId);
		SandboxPhones phones = this.phoneBook.shownTo(viewer, requested);
		BotApiEmulator sandbox = this.sandbox.emulator();
		model.addAttribute("phones", phones);
		model.addAttribute("window", PhoneWindow.of(userId, messages(sandbox, userId)));
		return "sandbox/messages :: messages";
	}

	@PostMapping("/phones/{userId}/send")
	String send(PanelUser viewer, @PathVariable long userId, @RequestParam(defaultValue = "") String text,
			@RequestParam(name = "phone", required = false) List<Long> requested, RedirectAttributes redirect) {
		this.phoneBook.require(viewer, userId);
		SandboxPhones phones = this.phoneBook.shownTo(viewer, requested);
		BotApiEmulator sandbox = this.sandbox.emulator();
		String typed = text.strip();
		if (typed.isEmpty() || typed.length() > MAX_TEXT_LENGTH) {
			redirect.addFlashAttribute("outcome", "sandbox.error.text");
		}
		else {
			sandbox.users().sendText(userId, typed, viewer.language().getLanguage());
			this.auditLog.record(viewer, "sandbox.sent", OBJECT_TYPE, Long.toString(userId), Map.of(),
					Map.of("length", typed.length()));
		}
		return "redirect:" + phones.pageUrl();
	}

	@PostMapping("/phones/{userId}/press")
	String press(PanelUser viewer, @PathVariable long userId, @RequestParam long messageId, @RequestParam String data,
			@RequestParam(name = "phone", required = false) List<Long> requested, RedirectAttributes redirect) {
		this.phoneBook.require(viewer, userId);
		SandboxPhones phones = this.phoneBook.shownTo(viewer, requested);
		BotApiEmulator sandbox = this.sandbox.emulator();
		try {
			sandbox.users().press(userId, messageId, data);
			this.auditLog.record(viewer, "sandbox.pressed", OBJECT_TYPE, Long.toString(userId), Map.of(),
					Map.of("messageId", messageId));
		}
		catch (IllegalArgumentException ex) {
			// The message is gone (deleted, or the sandbox was reset meanwhile).
			redirect.addFlashAttribute("outcome", "sandbox.error.message-gone");
		}
		return "redirect:" + phones.pageUrl();
	}

	/** A new phone of the viewer's own, beside the ones shown. */
	@PostMapping("/phones")
	String addPhone(PanelUser viewer, @RequestParam(name = "phone", required = false) List<Long> requested) {
		SandboxPhones phones = this.phoneBook.shownTo(viewer, requested);
		if (!phones.canAddMore()) {
			return "redirect:" + phones.pageUrl();
		}
		return "redirect:" + phones.with(this.phoneBook.create(viewer)).pageUrl();
	}

	@GetMapping("/reset")
	String confirmReset(PanelUser viewer, Model model) {
		requireAnyPhone(viewer);
		String question = (this.sandbox.kind() == Sandbox.Kind.ENGINE) ? "sandbox.reset.question.engine"
				: "sandbox.reset.question";
		return new Confirmation("sandbox.reset.title", question, List.of(), "/sandbox/reset", "sandbox.reset.confirm",
				"/sandbox")
			.show(model);
	}

	@PostMapping("/reset")
	String reset(PanelUser viewer, RedirectAttributes redirect) {
		requireAnyPhone(viewer);
		this.sandbox.reset();
		String reset = (this.sandbox.kind() == Sandbox.Kind.ENGINE) ? "engine" : "emulator";
		this.auditLog.record(viewer, "sandbox.reset", "sandbox", reset, Map.of(), Map.of("reset", true));
		redirect.addFlashAttribute("outcome", "sandbox.reset.done");
		return "redirect:/sandbox";
	}

	/** A reset clears every phone, so only staff who may use every phone may reset. */
	private void requireAnyPhone(PanelUser viewer) {
		if (!this.phoneBook.mayUseAny(viewer)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private static List<BotMessage> messages(BotApiEmulator sandbox, long userId) {
		return sandbox.users().messages(userId).stream().filter((message) -> !message.deleted()).toList();
	}

	/**
	 * One phone's chat window.
	 *
	 * @param userId the Telegram user id (also the private chat's id)
	 * @param messages what the bot sent, oldest first
	 */
	record PhoneWindow(long userId, List<BotMessage> messages) {

		static PhoneWindow of(long userId, List<BotMessage> messages) {
			return new PhoneWindow(userId, List.copyOf(messages));
		}

	}

}
