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
 * of the {@link Sandbox}'s emulator, in every mode.
 */
@Controller
@RequestMapping("/sandbox")
class SandboxController {

	static final String OBJECT_TYPE = "sandbox-user";

	private static final int MAX_TEXT_LENGTH = 4096;

	private final Sandbox sandbox;

	private final AuditLog auditLog;

	SandboxController(Sandbox sandbox, AuditLog auditLog) {
		this.sandbox = sandbox;
		this.auditLog = auditLog;
	}

	@ExceptionHandler(SandboxUnavailableException.class)
	@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
	String unavailable() {
		return "sandbox/unavailable";
	}

	@GetMapping
	String phones(@RequestParam(name = "phone", required = false) List<Long> requested, Model model) {
		BotApiEmulator emulator = this.sandbox.emulator();
		SandboxPhones phones = SandboxPhones.of(requested);
		model.addAttribute("engine", this.sandbox.kind() == Sandbox.Kind.ENGINE);
		model.addAttribute("phones", phones);
		model.addAttribute("windows",
				phones.userIds().stream().map((userId) -> PhoneWindow.of(userId, messages(emulator, userId))).toList());
		return "sandbox/phones";
	}

	@GetMapping("/phones/{userId}/messages")
	String messageList(@PathVariable long userId, @RequestParam(name = "phone", required = false) List<Long> requested,
			Model model) {
		BotApiEmulator sandbox = required(userId);
		model.addAttribute("phones", SandboxPhones.of(requested));
		model.addAttribute("window", PhoneWindow.of(userId, messages(sandbox, userId)));
		return "sandbox/messages :: messages";
	}

	@PostMapping("/phones/{userId}/send")
	String send(PanelUser viewer, @PathVariable long userId, @RequestParam(defaultValue = "") String text,
			@RequestParam(name = "phone", required = false) List<Long> requested, RedirectAttributes redirect) {
		BotApiEmulator sandbox = required(userId);
		String typed = text.strip();
		if (typed.isEmpty() || typed.length() > MAX_TEXT_LENGTH) {
			redirect.addFlashAttribute("outcome", "sandbox.error.text");
		}
		else {
			sandbox.users().sendText(userId, typed, viewer.language().getLanguage());
			this.auditLog.record(viewer, "sandbox.sent", OBJECT_TYPE, Long.toString(userId), Map.of(),
					Map.of("length", typed.length()));
		}
		return "redirect:" + SandboxPhones.of(requested).pageUrl();
	}

	@PostMapping("/phones/{userId}/press")
	String press(PanelUser viewer, @PathVariable long userId, @RequestParam long messageId, @RequestParam String data,
			@RequestParam(name = "phone", required = false) List<Long> requested, RedirectAttributes redirect) {
		BotApiEmulator sandbox = required(userId);
		try {
			sandbox.users().press(userId, messageId, data);
			this.auditLog.record(viewer, "sandbox.pressed", OBJECT_TYPE, Long.toString(userId), Map.of(),
					Map.of("messageId", messageId));
		}
		catch (IllegalArgumentException ex) {
			// The message is gone (deleted, or the sandbox was reset meanwhile).
			redirect.addFlashAttribute("outcome", "sandbox.error.message-gone");
		}
		return "redirect:" + SandboxPhones.of(requested).pageUrl();
	}

	@GetMapping("/reset")
	String confirmReset(Model model) {
		String question = (this.sandbox.kind() == Sandbox.Kind.ENGINE) ? "sandbox.reset.question.engine"
				: "sandbox.reset.question";
		return new Confirmation("sandbox.reset.title", question, List.of(), "/sandbox/reset", "sandbox.reset.confirm",
				"/sandbox")
			.show(model);
	}

	@PostMapping("/reset")
	String reset(PanelUser viewer, RedirectAttributes redirect) {
		this.sandbox.reset();
		String reset = (this.sandbox.kind() == Sandbox.Kind.ENGINE) ? "engine" : "emulator";
		this.auditLog.record(viewer, "sandbox.reset", "sandbox", reset, Map.of(), Map.of("reset", true));
		redirect.addFlashAttribute("outcome", "sandbox.reset.done");
		return "redirect:/sandbox";
	}

	private BotApiEmulator required(long userId) {
		if (!SandboxPhones.isValid(userId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return this.sandbox.emulator();
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
