package org.peersupport.web.requests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.peersupport.participants.Programme;
import org.peersupport.participants.Programmes;
import org.peersupport.requests.QueueFigures;
import org.peersupport.requests.RelayBlocking;
import org.peersupport.requests.RequestDesk;
import org.peersupport.requests.RequestOutcome;
import org.peersupport.requests.RequestStage;
import org.peersupport.requests.RequestView;
import org.peersupport.requests.Urgency;
import org.peersupport.requests.WaitBand;
import org.peersupport.web.audit.AuditLog;
import org.peersupport.web.layout.FormError;
import org.peersupport.web.layout.PageView;
import org.peersupport.web.security.PanelUser;
import org.peersupport.web.security.StaffAccount;
import org.peersupport.web.security.StaffAccountRepository;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The requests pages: the queue (crisis first, then the oldest) with its filters, one
 * request with its history, and giving it to a matching volunteer or closing it with how
 * it ended; both audited. Only requests of the viewer's programmes; others answer 404.
 * The participant is shown by pseudonym only, never by what they wrote.
 */
@Controller
@RequestMapping("/requests")
class RequestsController {

	static final String OBJECT_TYPE = "request";

	private static final int PAGE_SIZE = 25;

	private final RequestDesk desk;

	private final Programmes programmes;

	private final StaffAccountRepository staff;

	private final AuditLog auditLog;

	private final RelayBlocking blocking;

	RequestsController(RequestDesk desk, Programmes programmes, StaffAccountRepository staff, AuditLog auditLog,
			RelayBlocking blocking) {
		this.blocking = blocking;
		this.desk = desk;
		this.programmes = programmes;
		this.staff = staff;
		this.auditLog = auditLog;
	}

	@GetMapping
	String list(PanelUser viewer, @ModelAttribute("filter") RequestFilter filter,
			@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		String locale = viewer.language().getLanguage();
		var found = this.desk
			.queue(filter.search(), viewer.scope().programmesOrAll(), PageView.request(page, PAGE_SIZE))
			.map((view) -> row(view, locale));
		model.addAttribute("requests", PageView.of(found, request));
		model.addAttribute("shows", QueueFilter.values());
		model.addAttribute("show", QueueFilter.of(filter.show()));
		model.addAttribute("categories", this.desk.categories(locale));
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("waits", WaitBand.values());
		model.addAttribute("claimWindowDays", QueueFigures.CLAIM_WINDOW.toDays());
		model.addAttribute("programmeChoices", programmeChoices(viewer, locale));
		return "requests/list";
	}

	@GetMapping("/{id}")
	String request(PanelUser viewer, @PathVariable String id, Model model) {
		RequestView view = visible(viewer, id);
		String locale = viewer.language().getLanguage();
		model.addAttribute("row", row(view, locale));
		model.addAttribute("staffNames", staffNames(view));
		model.addAttribute("candidates", this.desk.volunteersFor(view.number(), viewer.scope().programmesOrAll()));
		model.addAttribute("outcomes", RequestOutcome.values());
		model.addAttribute("reports", this.desk.reportsOf(view.number(), viewer.scope().programmesOrAll()));
		model.addAttribute("relayBlocks", this.blocking.blocksOf(view.number(), viewer.scope().programmesOrAll()));
		return "requests/request";
	}

	@PostMapping("/{id}/reassign")
	String reassign(PanelUser viewer, @PathVariable String id, @RequestParam(defaultValue = "") String volunteer,
			RedirectAttributes redirect) {
		RequestView before = visible(viewer, id);
		boolean given = this.desk.reassign(before.number(), volunteer, viewer.scope().programmesOrAll(), viewer.id());
		if (given) {
			this.auditLog.record(viewer, "request.reassigned", OBJECT_TYPE, id, before.programme(),
					holder(before.stage(), before.volunteerId()), holder(RequestStage.CLAIMED, volunteer));
		}
		redirect.addFlashAttribute("outcome", given ? "requests.reassigned" : "requests.not-reassigned");
		return "redirect:/requests/" + id;
	}

	@PostMapping("/{id}/close")
	String close(PanelUser viewer, @PathVariable String id, @RequestParam(defaultValue = "") String outcome,
			RedirectAttributes redirect) {
		RequestView before = visible(viewer, id);
		RequestOutcome chosen = outcome(outcome).orElse(null);
		boolean closed = chosen != null
				&& this.desk.close(before.number(), chosen, viewer.scope().programmesOrAll(), viewer.id());
		if (closed) {
			Map<String, Object> after = new LinkedHashMap<>(holder(RequestStage.CLOSED, before.volunteerId()));
			after.put("outcome", chosen);
			this.auditLog.record(viewer, "request.closed", OBJECT_TYPE, id, before.programme(),
					holder(before.stage(), before.volunteerId()), after);
		}
		if (chosen == null) {
			FormError.on("close-outcome", "requests.choose-outcome").showAfterRedirect(redirect);
		}
		else {
			redirect.addFlashAttribute("outcome", closed ? "requests.closed" : "requests.not-closed");
		}
		return "redirect:/requests/" + id;
	}

	/**
	 * The request, if its number is one and it is in the viewer's programmes.
	 * @throws ResponseStatusException 404 otherwise, as if it did not exist
	 */
	private RequestView visible(PanelUser viewer, String id) {
		return visible(this.desk, viewer, id);
	}

	/**
	 * The request, if its number is one and it is in the viewer's programmes, for every
	 * page of a request.
	 * @throws ResponseStatusException 404 otherwise, as if it did not exist
	 */
	static RequestView visible(RequestDesk desk, PanelUser viewer, String id) {
		if (!id.matches("[1-9][0-9]{0,17}")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return desk.view(Long.parseLong(id), viewer.scope().programmesOrAll())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private RequestRow row(RequestView view, String locale) {
		return new RequestRow(view, this.desk.categoryLabel(view.category(), locale),
				this.programmes.nameOf(view.programme(), locale));
	}

	/** The programmes the viewer may filter by, by key, with their names. */
	private Map<String, String> programmeChoices(PanelUser viewer, String locale) {
		Map<String, String> choices = new LinkedHashMap<>();
		for (Programme programme : this.programmes.all()) {
			if (viewer.scope().includes(programme.key())) {
				choices.put(programme.key(), this.programmes.nameOf(programme.key(), locale));
			}
		}
		return choices;
	}

	/** The usernames of the staff named in the request's history, by internal id. */
	private Map<String, String> staffNames(RequestView view) {
		Set<String> ids = view.moves()
			.stream()
			.map(RequestView.Move::staffId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		return this.staff.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(StaffAccount::getId, StaffAccount::getUsername));
	}

	private static Map<String, Object> holder(RequestStage stage, String volunteerId) {
		return Map.of("stage", stage, "volunteer", (volunteerId != null) ? volunteerId : "-");
	}

	private static Optional<RequestOutcome> outcome(String value) {
		return List.of(RequestOutcome.values()).stream().filter((o) -> o.name().equals(value)).findFirst();
	}

}
