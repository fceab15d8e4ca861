package org.peersupport.web.programmes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.peersupport.checkins.CheckInPlan;
import org.peersupport.checkins.CheckInPlanChanges;
import org.peersupport.checkins.CheckInPlans;
import org.peersupport.checkins.Phase;
import org.peersupport.participants.Programme;
import org.peersupport.participants.Programmes;
import org.peersupport.web.audit.AuditLog;
import org.peersupport.web.security.PanelUser;

import org.springframework.context.MessageSource;
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
 * The Programmes page: the configured programmes in the viewer's scope, and a programme's
 * check-in settings (phases and the missed-check-in ladder), saved over configuration's
 * and audited. A programme out of scope answers 404, like one that does not exist.
 */
@Controller
@RequestMapping("/programmes")
class ProgrammesController {

	static final String OBJECT_TYPE = "programme";

	private final Programmes programmes;

	private final CheckInPlans plans;

	private final CheckInPlanChanges changes;

	private final AuditLog auditLog;

	private final PhaseWords words;

	private final MessageSource messages;

	ProgrammesController(Programmes programmes, CheckInPlans plans, CheckInPlanChanges changes, AuditLog auditLog,
			MessageSource messages) {
		this.programmes = programmes;
		this.plans = plans;
		this.changes = changes;
		this.auditLog = auditLog;
		this.words = new PhaseWords(messages);
		this.messages = messages;
	}

	@GetMapping
	String list(PanelUser viewer, Model model, Locale locale) {
		List<Programme> shown = this.programmes.all()
			.stream()
			.filter((programme) -> viewer.scope().includes(programme.key()))
			.toList();
		Map<String, CheckInPlan> plans = new LinkedHashMap<>();
		Map<String, List<String>> phases = new LinkedHashMap<>();
		for (Programme programme : shown) {
			CheckInPlan plan = this.plans.planOf(programme.key());
			plans.put(programme.key(), plan);
			phases.put(programme.key(), plan.phases().stream().map((phase) -> inWords(phase, locale)).toList());
		}
		model.addAttribute("programmes", shown);
		model.addAttribute("plans", plans);
		model.addAttribute("phases", phases);
		model.addAttribute("crisisWords", viewer.isAdmin());
		return "programmes/list";
	}

	@GetMapping("/{id}")
	String programme(PanelUser viewer, @PathVariable String id, Model model, Locale locale) {
		Programme programme = visible(viewer, id);
		return page(programme, PhaseForm.of(this.plans.planOf(id)), model, locale);
	}

	@PostMapping("/{id}")
	String save(PanelUser viewer, @PathVariable String id, @RequestParam Map<String, String> params, Model model,
			Locale locale, RedirectAttributes redirect) {
		Programme programme = visible(viewer, id);
		PhaseForm form = PhaseForm.read(params);
		if (!form.valid()) {
			return page(programme, form, model, locale);
		}
		CheckInPlan before = this.plans.planOf(id);
		CheckInPlan after = this.changes.save(id, form.phases(), form.followUpAfter(), form.alertAfter(),
				viewer.username());
		this.auditLog.record(viewer, "programme.check-ins.saved", OBJECT_TYPE, id, id, audited(before), audited(after));
		redirect.addFlashAttribute("outcome", "programmes.saved");
		return "redirect:/programmes/" + id;
	}

	@PostMapping("/{id}/restore")
	String restore(PanelUser viewer, @PathVariable String id, RedirectAttributes redirect) {
		visible(viewer, id);
		CheckInPlan before = this.plans.planOf(id);
		if (before.saved()) {
			CheckInPlan after = this.changes.restoreConfiguration(id);
			this.auditLog.record(viewer, "programme.check-ins.restored", OBJECT_TYPE, id, id, audited(before),
					audited(after));
		}
		redirect.addFlashAttribute("outcome", "programmes.restored");
		return "redirect:/programmes/" + id;
	}

	private String page(Programme programme, PhaseForm form, Model model, Locale locale) {
		CheckInPlan plan = this.plans.planOf(programme.key());
		Map<String, String> errors = new LinkedHashMap<>();
		form.getErrors()
			.forEach((field, error) -> errors.put(field,
					this.messages.getMessage(error.key(), new Object[] { error.argument() }, locale)));
		Map<Integer, String> inWords = new LinkedHashMap<>();
		for (int i = 0; i < form.getRows().size(); i++) {
			String days = form.getRows().get(i).days();
			if (!days.isEmpty() && !errors.containsKey("days-" + i)) {
				inWords.put(i, this.words.describe(days, locale));
			}
		}
		model.addAttribute("programme", programme);
		model.addAttribute("plan", plan);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("inWords", inWords);
		model.addAttribute("units", PhaseForm.UNITS);
		model.addAttribute("mostUnanswered", CheckInPlan.MOST_UNANSWERED);
		return "programmes/programme";
	}

	private String inWords(Phase phase, Locale locale) {
		String days = this.words.describe(phase.days(), locale);
		if (phase.until() == null) {
			return this.messages.getMessage("programmes.phase.endless", new Object[] { days }, locale);
		}
		PhaseForm.Row row = PhaseForm.Row.of(phase);
		String until = this.messages.getMessage("programmes.unit." + row.unit(), new Object[] { row.until() }, locale);
		return this.messages.getMessage("programmes.phase.until", new Object[] { days, until }, locale);
	}

	private static Map<String, Object> audited(CheckInPlan plan) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("phases", plan.phases()
			.stream()
			.map((phase) -> ((phase.until() != null) ? phase.until().toString() : "endless") + " " + phase.days())
			.toList());
		values.put("followUpAfter", plan.followUpAfter());
		values.put("alertAfter", plan.alertAfter());
		values.put("source", plan.saved() ? "panel" : "configuration");
		return values;
	}

	private Programme visible(PanelUser viewer, String id) {
		Programme programme = this.programmes.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		viewer.scope().require(programme.key());
		return programme;
	}

}
