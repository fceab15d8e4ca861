package org.peersupport.web.audit;

import jakarta.servlet.http.HttpServletRequest;

import org.peersupport.web.layout.PageView;
import org.peersupport.web.security.PanelUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit page: filter by person, object and date, with paging; only entries in the
 * viewer's programme scope.
 */
@Controller
class AuditController {

	private static final int PAGE_SIZE = 25;

	private final AuditLog auditLog;

	private final AuditRows rows;

	AuditController(AuditLog auditLog, AuditRows rows) {
		this.auditLog = auditLog;
		this.rows = rows;
	}

	@GetMapping("/audit")
	String audit(@ModelAttribute("search") AuditSearch search, @RequestParam(defaultValue = "0") int page,
			PanelUser viewer, HttpServletRequest request, Model model) {
		var entries = this.auditLog.search(search, viewer.scope(), viewer.zone(), PageView.request(page, PAGE_SIZE));
		model.addAttribute("entries", PageView.of(this.rows.of(entries, viewer), request));
		return "audit";
	}

}
