package org.peersupport.web.alerts;

import java.util.Map;
import java.util.regex.Pattern;

import org.peersupport.safety.Alert;
import org.peersupport.safety.AlertStatus;
import org.peersupport.safety.AlertTaking;
import org.peersupport.safety.Alerts;
import org.peersupport.web.audit.AuditLog;
import org.peersupport.web.security.PanelUser;

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
 * The alerts page: pending alerts (crisis first, then oldest) and recent done ones, each
 * with "I'm on it" and "Done"; the first press wins, here or in the moderators' chat, and
 * the page says who took each and after how long. Only alerts in the viewer's programme
 * scope; others answer 404.
 */
@Controller
@RequestMapping("/alerts")
class AlertsController {

	static final String OBJECT_TYPE = "alert";

	private static final int SHOWN = 200;

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9]{1,64}");

	private final Alerts alerts;

	private final AlertTaking taking;

	private final AuditLog auditLog;

	AlertsController(Alerts alerts, AlertTaking taking, AuditLog auditLog) {
		this.alerts = alerts;
		this.taking = taking;
		this.auditLog = auditLog;
	}

	@GetMapping
	String list(PanelUser viewer, @RequestParam(defaultValue = "false") boolean all, Model model) {
		model.addAttribute("alerts", this.alerts.list(viewer.scope().programmesOrAll(), !all, SHOWN));
		model.addAttribute("all", all);
		return "alerts/list";
	}

	@PostMapping("/{id}/take")
	String take(PanelUser viewer, @PathVariable String id, RedirectAttributes redirect) {
		Alert alert = visible(viewer, id);
		boolean taken = this.taking.take(id, viewer.username());
		if (taken) {
			this.auditLog.record(viewer, "alert.taken", OBJECT_TYPE, id, alert.programme(),
					Map.of("status", AlertStatus.OPEN), Map.of("status", AlertStatus.TAKEN));
		}
		redirect.addFlashAttribute("outcome", taken ? "alerts.taken" : "alerts.already-taken");
		return "redirect:/alerts";
	}

	@PostMapping("/{id}/close")
	String close(PanelUser viewer, @PathVariable String id, RedirectAttributes redirect) {
		Alert alert = visible(viewer, id);
		boolean closed = this.alerts.close(id, viewer.username());
		if (closed) {
			this.auditLog.record(viewer, "alert.closed", OBJECT_TYPE, id, alert.programme(),
					Map.of("status", alert.status()), Map.of("status", AlertStatus.DONE));
		}
		redirect.addFlashAttribute("outcome", closed ? "alerts.closed" : "alerts.already-closed");
		return "redirect:/alerts";
	}

	private Alert visible(PanelUser viewer, String id) {
		if (!ID.matcher(id).matches()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return this.alerts.find(id, viewer.scope().programmesOrAll())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
