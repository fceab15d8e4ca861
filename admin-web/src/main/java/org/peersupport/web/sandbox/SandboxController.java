package org.peersupport.web.sandbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.BotMessage;
import org.peersupport.sandbox.SandboxUsers;
import org.peersupport.sandbox.SentUpdate;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/**
 * The sandbox phones: chat windows of emulator users, relayed in process to the user side
 * of the {@link Sandbox}'s emulator, in every mode. Which phones a viewer may use is the
 * {@link SandboxPhoneBook}'s answer; a phone that is not theirs answers 404.
 */
@Controller
@RequestMapping("/sandbox")
class SandboxController {

	static final String OBJECT_TYPE = "sandbox-user";

	/** The header the page's script sends to have a phone updated in place. */
	static final String IN_PLACE = "X-Sandbox-In-Place=1";

	private static final int MAX_TEXT_LENGTH = 4096;

	/** Telegram's limit on a caption. */
	private static final int MAX_CAPTION_LENGTH = 1024;

	/** An invite link in a bot's text, as Telegram (and the emulator) writes them. */
	private static final Pattern INVITE_LINK = Pattern.compile("https://t\\.me/\\+[A-Za-z0-9_-]+");

	private final Sandbox sandbox;

	private final SandboxPhoneBook phoneBook;

	private final AuditLog auditLog;

	private final SandboxTyped typed;

	private final SandboxGroupWindows groupWindows;

	SandboxController(Sandbox sandbox, SandboxPhoneBook phoneBook, AuditLog auditLog, SandboxTyped typed,
			SandboxGroupWindows groupWindows) {
		this.sandbox = sandbox;
		this.phoneBook = phoneBook;
		this.auditLog = auditLog;
		this.typed = typed;
		this.groupWindows = groupWindows;
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
		List<Long> shown = phones.userIds();
		model.addAttribute("windows",
				IntStream.range(0, shown.size())
					.mapToObj((index) -> window(emulator, shown.get(index), index))
					.toList());
		model.addAttribute("groupWindows", this.groupWindows.shownTo(viewer, this.sandbox));
		return "sandbox/phones";
	}

	@GetMapping("/phones/{userId}/messages")
	String messageList(PanelUser viewer, @PathVariable long userId,
			@RequestParam(name = "phone", required = false) List<Long> requested, Model model) {
		this.phoneBook.require(viewer, userId);
		SandboxPhones phones = this.phoneBook.shownTo(viewer, requested);
		model.addAttribute("phones", phones);
		model.addAttribute("window", window(this.sandbox.emulator(), userId, phones.userIds().indexOf(userId)));
		return "sandbox/messages :: messages";
	}

	/**
	 * Sending from the page's script: the same as a form post, answered with the phone's
	 * message list (the typed text in it) instead of a new page.
	 */
	@PostMapping(path = "/phones/{userId}/send", headers = IN_PLACE)
	String sendInPlace(PanelUser viewer, @PathVariable long userId, @RequestParam(defaultValue = "") String text,
			@RequestParam(name = "phone", required = false) List<Long> requested, Model model) {
		send(viewer, userId, text, requested, new RedirectAttributesModelMap());
		return messageList(viewer, userId, requested, model);
	}

	/** Pressing from the page's script, answered with the phone's message list. */
	@PostMapping(path = "/phones/{userId}/press", headers = IN_PLACE)
	String pressInPlace(PanelUser viewer, @PathVariable long userId, @RequestParam long messageId,
			@RequestParam String data, @RequestParam(name = "phone", required = false) List<Long> requested,
			Model model) {
		press(viewer, userId, messageId, data, requested, new RedirectAttributesModelMap());
		return messageList(viewer, userId, requested, model);
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
			SentUpdate sent = sandbox.users().sendText(userId, typed, viewer.language().getLanguage());
			this.typed.record(userId, sent.messageId(), typed);
			this.auditLog.record(viewer, "sandbox.sent", OBJECT_TYPE, Long.toString(userId), Map.of(),
					Map.of("length", typed.length()));
		}
		return "redirect:" + phones.pageUrl();
	}

	/** Sending a test photo from the page's script, answered with the message list. */
	@PostMapping(path = "/phones/{userId}/send-photo", headers = IN_PLACE)
	String sendPhotoInPlace(PanelUser viewer, @PathVariable long userId, @RequestParam(defaultValue = "") String text,
			@RequestParam(name = "phone", required = false) List<Long> requested, Model model) {
		sendPhoto(viewer, userId, text, requested, new RedirectAttributesModelMap());
		return messageList(viewer, userId, requested, model);
	}

	/**
	 * A test photo (the emulator's stand-in picture) with the typed text, if any, as its
	 * caption: what the bot does with a photo (the relay copies it) can be tried.
	 */
	@PostMapping("/phones/{userId}/send-photo")
	String sendPhoto(PanelUser viewer, @PathVariable long userId, @RequestParam(defaultValue = "") String text,
			@RequestParam(name = "phone", required = false) List<Long> requested, RedirectAttributes redirect) {
		this.phoneBook.require(viewer, userId);
		SandboxPhones phones = this.phoneBook.shownTo(viewer, requested);
		String caption = text.strip();
		if (caption.length() > MAX_CAPTION_LENGTH) {
			redirect.addFlashAttribute("outcome", "sandbox.error.caption");
		}
		else {
			SentUpdate sent = this.sandbox.emulator()
				.users()
				.sendContent(userId, "photo", caption.isEmpty() ? null : caption);
			this.typed.record(userId, sent.messageId(), caption.isEmpty() ? null : caption, "photo");
			this.auditLog.record(viewer, "sandbox.sent", OBJECT_TYPE, Long.toString(userId), Map.of(),
					Map.of("media", "photo", "length", caption.length()));
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

	/** Asking to join from the page's script, answered with the phone's message list. */
	@PostMapping(path = "/phones/{userId}/join", headers = IN_PLACE)
	String joinInPlace(PanelUser viewer, @PathVariable long userId, @RequestParam String link,
			@RequestParam(name = "phone", required = false) List<Long> requested, Model model) {
		RedirectAttributesModelMap outcome = new RedirectAttributesModelMap();
		join(viewer, userId, link, requested, outcome);
		model.addAttribute("phoneOutcome", outcome.getFlashAttributes().get("outcome"));
		return messageList(viewer, userId, requested, model);
	}

	/**
	 * The phone's user opens an invite link the bot sent them: the emulator sends the bot
	 * their join request (or, for a link without requests, lets them in).
	 */
	@PostMapping("/phones/{userId}/join")
	String join(PanelUser viewer, @PathVariable long userId, @RequestParam String link,
			@RequestParam(name = "phone", required = false) List<Long> requested, RedirectAttributes redirect) {
		this.phoneBook.require(viewer, userId);
		SandboxPhones phones = this.phoneBook.shownTo(viewer, requested);
		try {
			this.sandbox.emulator().users().join(userId, link);
			this.auditLog.record(viewer, "sandbox.asked-to-join", OBJECT_TYPE, Long.toString(userId), Map.of(),
					Map.of("asked", true));
		}
		catch (IllegalArgumentException ex) {
			// Not a link the emulator made (or the sandbox was reset meanwhile).
			redirect.addFlashAttribute("outcome", "sandbox.error.link-unknown");
		}
		catch (IllegalStateException ex) {
			// Already in the group, already asked, banned, or the group is gone.
			redirect.addFlashAttribute("outcome", "sandbox.error.link-refused");
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
		this.typed.forgetAll();
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

	private PhoneWindow window(BotApiEmulator emulator, long userId, int position) {
		List<ChatLine> lines = new ArrayList<>();
		emulator.users()
			.messages(userId)
			.stream()
			.filter((message) -> !message.deleted())
			.forEach((message) -> lines.add(new ChatLine(message.messageId(), false, message.text(),
					(message.photo() != null) ? "photo" : message.media(), message.buttons(),
					inviteLink(emulator, userId, message.text()))));
		this.typed.on(userId)
			.forEach((own) -> lines.add(new ChatLine(own.messageId(), true, own.text(), own.media(), List.of(), null)));
		lines.sort(Comparator.comparingLong(ChatLine::messageId));
		return new PhoneWindow(userId, PhoneRole.at(position), List.copyOf(lines));
	}

	/** The first invite link the emulator knows in a bot's text, with where it stands. */
	private static JoinLink inviteLink(BotApiEmulator emulator, long userId, String text) {
		if (text == null) {
			return null;
		}
		Matcher matcher = INVITE_LINK.matcher(text);
		while (matcher.find()) {
			String link = matcher.group();
			SandboxUsers.LinkState state = emulator.users().linkState(userId, link).orElse(null);
			if (state != null) {
				return new JoinLink(link, state);
			}
		}
		return null;
	}

	/**
	 * What a phone is shown for: the first is a participant's, the second a volunteer's.
	 */
	enum PhoneRole {

		PARTICIPANT("participant"), VOLUNTEER("volunteer"), OTHER("other");

		private final String key;

		PhoneRole(String key) {
			this.key = key;
		}

		/** The message key part: sandbox.role.{key}. */
		public String key() {
			return this.key;
		}

		static PhoneRole at(int position) {
			return switch (position) {
				case 0 -> PARTICIPANT;
				case 1 -> VOLUNTEER;
				default -> OTHER;
			};
		}

	}

	/**
	 * One phone's chat window.
	 *
	 * @param userId the Telegram user id (also the private chat's id)
	 * @param role what the phone is shown for
	 * @param messages the conversation, oldest first
	 */
	record PhoneWindow(long userId, PhoneRole role, List<ChatLine> messages) {

		/** The id of the newest message the bot sent, 0 before any. */
		public long lastFromBot() {
			return this.messages.stream().filter((line) -> !line.own()).mapToLong(ChatLine::messageId).max().orElse(0);
		}

	}

	/**
	 * One message in a phone's conversation.
	 *
	 * @param messageId its id in the chat
	 * @param own whether the phone's user typed it (else the bot sent it)
	 * @param text the text (a media's caption), or null for media without one
	 * @param media the kind of media (photo, voice, document, sticker), shown as a
	 * labelled placeholder, or null for a text
	 * @param buttons the bot's inline keyboard (empty for the user's own)
	 * @param inviteLink an invite link in the bot's text that the emulator knows, or null
	 */
	record ChatLine(long messageId, boolean own, String text, String media, List<List<BotMessage.Button>> buttons,
			JoinLink inviteLink) {
	}

	/**
	 * An invite link in a bot's message, which the phone's user can open.
	 *
	 * @param link the link
	 * @param state where it stands for the phone's user
	 */
	record JoinLink(String link, SandboxUsers.LinkState state) {

		/** Whether the user may still open it. */
		public boolean open() {
			return this.state == SandboxUsers.LinkState.OPEN;
		}

		/** The message key part: sandbox.link.{key}. */
		public String key() {
			return this.state.name().toLowerCase(Locale.ROOT);
		}

	}

}
