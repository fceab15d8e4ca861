package org.peersupport.web.audit;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.peersupport.participants.Programmes;
import org.peersupport.web.layout.FormError;
import org.peersupport.web.layout.PageView;
import org.peersupport.web.security.PanelUser;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit page: filter by person, action, object, programme and dates (drop-downs of
 * what the viewer's entries hold), sandbox noise hidden unless asked for, with paging;
 * only entries in the viewer's programme scope. A programme outside the scope, or a first
 * day after the last, is refused with words and finds nothing.
 */
@Controller
class AuditController {

	private static final int PAGE_SIZE = 25;

	private final AuditLog auditLog;

	private final AuditRows rows;

	private final Programmes programmes;

	AuditController(AuditLog auditLog, AuditRows rows, Programmes programmes) {
		this.auditLog = auditLog;
		this.rows = rows;
		this.programmes = programmes;
	}

	@GetMapping("/audit")
	String audit(@ModelAttribute("search") AuditSearch search, @RequestParam(defaultValue = "0") int page,
			PanelUser viewer, HttpServletRequest request, Model model) {
		FormError error = error(search, viewer);
		Page<AuditEntry> entries = (error != null) ? Page.empty(PageView.request(page, PAGE_SIZE))
				: this.auditLog.search(search, viewer.scope(), viewer.zone(), PageView.request(page, PAGE_SIZE));
		model.addAttribute("entries", PageView.of(this.rows.of(entries, viewer), request));
		model.addAttribute("choices", this.auditLog.choices(viewer.scope()));
		model.addAttribute("programmeChoices",
				this.programmes.all()
					.stream()
					.filter((programme) -> viewer.scope().includes(programme.key()))
					.toList());
		if (error != null) {
			error.show(model);
		}
		return "audit";
	}

	private FormError error(AuditSearch search, PanelUser viewer) {
		if (StringUtils.hasText(search.programme()) && (this.programmes.find(search.programme().strip()).isEmpty()
				|| !viewer.scope().includes(search.programme().strip()))) {
			return FormError.on("programme", "audit.error.programme");
		}
		return search.datesReversed() ? new FormError(List.of("from", "to"), "audit.error.dates", List.of()) : null;
	}

}
