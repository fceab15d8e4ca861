package org.peersupport.web.deadletters;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.OutboxEntry;
import org.peersupport.messaging.OutboxState;
import org.peersupport.web.audit.AuditLog;
import org.peersupport.web.layout.Confirmation;
import org.peersupport.web.layout.PageView;
import org.peersupport.web.security.PanelUser;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dead-letters page: list with paging, retry, and discard after a confirm step; only
 * dead letters in the viewer's programme scope (others answer 404).
 */
@Controller
@RequestMapping("/dead-letters")
class DeadLettersController {

	static final String OBJECT_TYPE = "outbox-entry";

	private static final String RETRIED = "dead-letter.retried";

	private static final int PAGE_SIZE = 25;

	private static final Pattern ENTRY_ID = Pattern.compile("[A-Za-z0-9:._-]{1,200}");

	private final Outbox outbox;

	private final DeadLetterScope deadLetters;

	private final AuditLog auditLog;

	private final DeadLetterRecipients recipients;

	DeadLettersController(Outbox outbox, DeadLetterScope deadLetters, AuditLog auditLog,
			DeadLetterRecipients recipients) {
		this.outbox = outbox;
		this.deadLetters = deadLetters;
		this.auditLog = auditLog;
		this.recipients = recipients;
	}

	@GetMapping
	String list(PanelUser viewer, @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		Page<OutboxEntry> entries = this.deadLetters.page(viewer.scope(), PageView.request(page, PAGE_SIZE));
		Set<String> retried = this.auditLog.objectsWith(OBJECT_TYPE, entries.stream().map(OutboxEntry::id).toList(),
				RETRIED);
		Page<DeadLetterView> letters = entries
			.map((entry) -> DeadLetterView.of(entry, this.recipients.of(entry.chatId()), retried.contains(entry.id())));
		model.addAttribute("letters", PageView.of(letters, request));
		return "deadletters/list";
	}

	@PostMapping("/{id}/retry")
	String retry(PanelUser viewer, @PathVariable String id, RedirectAttributes redirect) {
		// Out of scope answers as if the letter were gone: nothing tells it exists.
		OutboxEntry letter = visible(viewer, id).orElse(null);
		if (letter != null && this.outbox.retryDeadLetter(id)) {
			this.auditLog.record(viewer, RETRIED, OBJECT_TYPE, id, this.deadLetters.programmeOf(letter),
					Map.of("state", OutboxState.DEAD), Map.of("state", OutboxState.PENDING));
			redirect.addFlashAttribute("outcome", "dead-letters.retried");
		}
		else {
			redirect.addFlashAttribute("outcome", "dead-letters.gone");
		}
		return "redirect:/dead-letters";
	}

	@GetMapping("/{id}/discard")
	String confirmDiscard(PanelUser viewer, @PathVariable String id, Model model) {
		visible(viewer, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return new Confirmation("dead-letters.discard.title", "dead-letters.discard.question", List.of(id),
				"/dead-letters/" + id + "/discard", "dead-letters.discard.confirm", "/dead-letters")
			.show(model);
	}

	@PostMapping("/{id}/discard")
	String discard(PanelUser viewer, @PathVariable String id, RedirectAttributes redirect) {
		OutboxEntry letter = visible(viewer, id).orElse(null);
		if (letter != null && this.outbox.discardDeadLetter(id)) {
			this.auditLog.record(viewer, "dead-letter.discarded", OBJECT_TYPE, id, this.deadLetters.programmeOf(letter),
					Map.of("state", OutboxState.DEAD), Map.of("state", "DISCARDED"));
			redirect.addFlashAttribute("outcome", "dead-letters.discarded");
		}
		else {
			redirect.addFlashAttribute("outcome", "dead-letters.gone");
		}
		return "redirect:/dead-letters";
	}

	/** The dead letter if it is one and in the viewer's scope. */
	private Optional<OutboxEntry> visible(PanelUser viewer, String id) {
		if (!ENTRY_ID.matcher(id).matches()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return this.deadLetters.find(viewer.scope(), id);
	}

}
