package org.peersupport.web.volunteers;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerSearch;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.requests.MedicineOffers;
import org.peersupport.volunteers.VolunteerService;
import org.peersupport.web.audit.AuditLog;
import org.peersupport.web.layout.FormError;
import org.peersupport.web.layout.PageView;
import org.peersupport.web.security.PanelUser;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The volunteers pages: the filtered list, one application with its vetting details and
 * its programme's checklist, and the approve or reject decision
 * ({@link VolunteerStatusController} handles later changes). Only volunteers in the
 * viewer's programme scope; others answer 404.
 */
@Controller
@RequestMapping("/volunteers")
class VolunteersController {

	static final String OBJECT_TYPE = "volunteer";

	static final int MAX_NOTE_LENGTH = 1000;

	/** The id of the checklist's fieldset on the application's page. */
	private static final String CHECKLIST = "checklist";

	private static final int PAGE_SIZE = 25;

	private static final List<String> DECISIONS = List.of("volunteer.approved", "volunteer.rejected");

	private final VolunteerDirectory directory;

	private final ScopedVolunteers scoped;

	private final VolunteerService volunteers;

	private final AuditLog auditLog;

	private final MedicineOffers medicineOffers;

	private final Clock clock;

	private final CaseloadModel caseload;

	VolunteersController(VolunteerDirectory directory, ScopedVolunteers scoped, VolunteerService volunteers,
			AuditLog auditLog, MedicineOffers medicineOffers, Clock clock, CaseloadModel caseload) {
		this.medicineOffers = medicineOffers;
		this.clock = clock;
		this.caseload = caseload;
		this.directory = directory;
		this.scoped = scoped;
		this.volunteers = volunteers;
		this.auditLog = auditLog;
	}

	@GetMapping
	String list(PanelUser viewer, @ModelAttribute("filter") VolunteerSearch filter,
			@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		var found = this.directory.search(filter, viewer.scope(), PageView.request(page, PAGE_SIZE))
			.map((volunteer) -> VolunteerRow.of(volunteer, this.scoped.programmeName(viewer, volunteer.programme()),
					this.scoped.answers(viewer, volunteer)));
		model.addAttribute("volunteers", PageView.of(found, request));
		model.addAttribute("statuses", VolunteerStatus.values());
		model.addAttribute("skillChoices", skillChoices());
		return "volunteers/list";
	}

	@GetMapping("/{id}")
	String application(PanelUser viewer, @PathVariable String id, Model model) {
		Volunteer volunteer = this.scoped.find(viewer, id);
		model.addAttribute("volunteer", volunteer);
		model.addAttribute("programmeName", this.scoped.programmeName(viewer, volunteer.programme()));
		model.addAttribute("details", VolunteerDetails.of(volunteer.details(), this.scoped.answers(viewer, volunteer)));
		if (!model.containsAttribute("checklist")) {
			model.addAttribute("checklist", this.scoped.checklist(viewer, volunteer, List.of()));
		}
		if (!model.containsAttribute("note")) {
			model.addAttribute("note", "");
		}
		if (!model.containsAttribute("profile")) {
			model.addAttribute("profile", VolunteerProfileForm.of(volunteer));
		}
		addDecision(viewer, volunteer, model);
		// Read-only: what the donor can buy, as they recorded it in the bot.
		model.addAttribute("medicineOffers", this.medicineOffers.standingOf(volunteer.chatId(), this.clock.instant()));
		this.caseload.show(viewer, volunteer, model);
		model.addAttribute("skillChoices", skillChoices());
		model.addAttribute("languageChoices", VolunteerService.LANGUAGES);
		model.addAttribute("dayChoices", dayChoices(LocaleContextHolder.getLocale()));
		model.addAttribute("partChoices", VolunteerService.PARTS);
		model.addAttribute("maxOpenRequests", VolunteerService.MAX_OPEN_REQUESTS);
		return "volunteers/application";
	}

	/**
	 * The configured skills ({@code peer.volunteers.skills}), key to label in the
	 * viewer's language, in their order.
	 */
	private Map<String, String> skillChoices() {
		String language = LocaleContextHolder.getLocale().getLanguage();
		Map<String, String> choices = new LinkedHashMap<>();
		this.volunteers.skills().all().forEach((skill) -> choices.put(skill.key(), skill.label(language)));
		return choices;
	}

	@PostMapping("/{id}/approve")
	String approve(PanelUser viewer, @PathVariable String id, @RequestParam(defaultValue = "") String note,
			@RequestParam(defaultValue = "") List<String> checked, Model model, RedirectAttributes redirect) {
		VolunteerChecklist checklist = this.scoped.checklist(viewer, this.scoped.find(viewer, id), checked);
		FormError error = checklistError(checklist);
		if (error == null) {
			error = noteError(note);
		}
		if (error != null) {
			error.show(model);
			model.addAttribute("note", note);
			model.addAttribute("checklist", checklist);
			return application(viewer, id, model);
		}
		Map<String, Object> after = new LinkedHashMap<>(checklist.toAudit());
		return decide(viewer, id, VolunteerStatus.APPROVED, note, after, redirect);
	}

	/**
	 * "Reject" on the application's page: the confirm page, keeping the note typed there.
	 * Changes nothing.
	 */
	@PostMapping("/{id}/reject/confirm")
	String confirmReject(PanelUser viewer, @PathVariable String id, @RequestParam(defaultValue = "") String note,
			Model model) {
		model.addAttribute("note", note);
		return rejectForm(viewer, id, model);
	}

	@GetMapping("/{id}/reject")
	String rejectForm(PanelUser viewer, @PathVariable String id, Model model) {
		model.addAttribute("volunteer", this.scoped.find(viewer, id));
		if (!model.containsAttribute("note")) {
			model.addAttribute("note", "");
		}
		return "volunteers/reject";
	}

	@PostMapping("/{id}/reject")
	String reject(PanelUser viewer, @PathVariable String id, @RequestParam(defaultValue = "") String note, Model model,
			RedirectAttributes redirect) {
		FormError error = noteError(note);
		if (error != null) {
			error.show(model);
			model.addAttribute("note", note);
			return rejectForm(viewer, id, model);
		}
		return decide(viewer, id, VolunteerStatus.REJECTED, note, new LinkedHashMap<>(), redirect);
	}

	private String decide(PanelUser viewer, String id, VolunteerStatus decision, String note, Map<String, Object> after,
			RedirectAttributes redirect) {
		Volunteer before = this.scoped.find(viewer, id);
		String trimmed = note.strip().isEmpty() ? null : note.strip();
		boolean done = (decision == VolunteerStatus.APPROVED) ? this.volunteers.approve(id, trimmed)
				: this.volunteers.reject(id, trimmed);
		if (!done) {
			redirect.addFlashAttribute("outcome", "volunteers.already-decided");
			return "redirect:/volunteers/" + id;
		}
		if (before.status() == VolunteerStatus.PENDING) {
			after.put("status", decision);
			after.put("noteSent", trimmed != null);
			this.auditLog.record(viewer,
					(decision == VolunteerStatus.APPROVED) ? "volunteer.approved" : "volunteer.rejected", OBJECT_TYPE,
					id, before.programme(), Map.of("status", before.status()), after);
		}
		redirect.addFlashAttribute("outcome",
				(decision == VolunteerStatus.APPROVED) ? "volunteers.approved" : "volunteers.rejected");
		return "redirect:/volunteers/" + id;
	}

	/**
	 * Who decided on an application and, for an approval, the checklist as it was ticked
	 * (from the decision's audit entry).
	 */
	private void addDecision(PanelUser viewer, Volunteer volunteer, Model model) {
		if (volunteer.status() == VolunteerStatus.PENDING) {
			return;
		}
		this.volunteers.decisionMessage(volunteer.id())
			.ifPresent((state) -> model.addAttribute("toldKey", switch (state) {
				case SENT -> "volunteers.told.sent";
				case PENDING -> "volunteers.told.waiting";
				case DEAD, CANCELLED -> "volunteers.told.failed";
			}));
		this.auditLog.latest(OBJECT_TYPE, volunteer.id(), DECISIONS).ifPresent((entry) -> {
			model.addAttribute("decidedBy", entry.actorName());
			if (entry.action().equals("volunteer.approved")) {
				List<String> ticked = entry.after()
					.entrySet()
					.stream()
					.filter((field) -> "true".equals(field.getValue()))
					.map(Map.Entry::getKey)
					.toList();
				model.addAttribute("decidedChecklist", this.scoped.checklist(viewer, volunteer, ticked));
			}
		});
	}

	private static FormError checklistError(VolunteerChecklist checklist) {
		if (!checklist.identityChecked()) {
			return FormError.on(CHECKLIST, "volunteers.error.identity");
		}
		return checklist.requiredTicked() ? null : FormError.on(CHECKLIST, "volunteers.error.checklist");
	}

	private static FormError noteError(String note) {
		return (note.length() > MAX_NOTE_LENGTH) ? FormError.on("note", "volunteers.error.note-too-long") : null;
	}

	/** The days a volunteer may choose, each named in the page's language. */
	private static Map<String, String> dayChoices(Locale locale) {
		Map<String, String> days = new LinkedHashMap<>();
		for (String day : VolunteerService.DAYS) {
			DayOfWeek value = DayOfWeek.values()[VolunteerService.DAYS.indexOf(day)];
			days.put(day, value.getDisplayName(TextStyle.FULL_STANDALONE, locale));
		}
		return days;
	}

}
