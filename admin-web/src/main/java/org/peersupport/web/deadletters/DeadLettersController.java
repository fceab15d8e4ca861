package org.peersupport.web.deadletters;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.OutboxState;
import org.peersupport.web.audit.AuditLog;
import org.peersupport.web.layout.Confirmation;
import org.peersupport.web.layout.PageView;
import org.peersupport.web.security.PanelUser;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
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

/** The dead-letters page: list with paging, retry, and discard after a confirm step. */
@Controller
@RequestMapping("/dead-letters")
class DeadLettersController {

	static final String OBJECT_TYPE = "outbox-entry";

	private static final int PAGE_SIZE = 25;

	private static final Pattern ENTRY_ID = Pattern.compile("[A-Za-z0-9:._-]{1,200}");

	private final Outbox outbox;

	private final AuditLog auditLog;

	DeadLettersController(Outbox outbox, AuditLog auditLog) {
		this.outbox = outbox;
		this.auditLog = auditLog;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		Pageable pageable = PageView.request(page, PAGE_SIZE);
		List<DeadLetterView> items = this.outbox.deadLetters((int) pageable.getOffset(), pageable.getPageSize())
			.stream()
			.map(DeadLetterView::of)
			.toList();
		long total = this.outbox.count(OutboxState.DEAD);
		model.addAttribute("letters", PageView.of(new PageImpl<>(items, pageable, total), request));
		return "deadletters/list";
	}

	@PostMapping("/{id}/retry")
	String retry(PanelUser viewer, @PathVariable String id, RedirectAttributes redirect) {
		checkId(id);
		if (this.outbox.retryDeadLetter(id)) {
			this.auditLog.record(viewer, "dead-letter.retried", OBJECT_TYPE, id, Map.of("state", OutboxState.DEAD),
					Map.of("state", OutboxState.PENDING));
			redirect.addFlashAttribute("outcome", "dead-letters.retried");
		}
		else {
			redirect.addFlashAttribute("outcome", "dead-letters.gone");
		}
		return "redirect:/dead-letters";
	}

	@GetMapping("/{id}/discard")
	String confirmDiscard(@PathVariable String id, Model model) {
		checkId(id);
		return new Confirmation("dead-letters.discard.title", "dead-letters.discard.question", List.of(id),
				"/dead-letters/" + id + "/discard", "dead-letters.discard.confirm", "/dead-letters")
			.show(model);
	}

	@PostMapping("/{id}/discard")
	String discard(PanelUser viewer, @PathVariable String id, RedirectAttributes redirect) {
		checkId(id);
		if (this.outbox.discardDeadLetter(id)) {
			this.auditLog.record(viewer, "dead-letter.discarded", OBJECT_TYPE, id, Map.of("state", OutboxState.DEAD),
					Map.of("state", "DISCARDED"));
			redirect.addFlashAttribute("outcome", "dead-letters.discarded");
		}
		else {
			redirect.addFlashAttribute("outcome", "dead-letters.gone");
		}
		return "redirect:/dead-letters";
	}

	private static void checkId(String id) {
		if (!ENTRY_ID.matcher(id).matches()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
