package org.peersupport.web.audit;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.peersupport.participants.Programmes;
import org.peersupport.web.security.PanelUser;
import org.peersupport.web.security.StaffAccount;
import org.peersupport.web.security.StaffAccountRepository;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/**
 * Turns audit entries into rows people read: the action as words, staff by username
 * instead of their internal id, objects linked to their pages, programmes by name.
 */
@Component
class AuditRows {

	/** Object kinds whose page the panel links to, and the path of each (admins only). */
	private static final Map<String, String> PAGES = Map.of("volunteer", "/volunteers/", "alert", "/alerts",
			"outbox-entry", "/dead-letters", "staff-account", "/staff", "script", "/scripts", "request", "/requests/");

	private static final Set<String> ADMIN_PAGES = Set.of("staff-account", "script");

	private final StaffAccountRepository staff;

	private final Programmes programmes;

	private final MessageSource messages;

	AuditRows(StaffAccountRepository staff, Programmes programmes, MessageSource messages) {
		this.staff = staff;
		this.programmes = programmes;
		this.messages = messages;
	}

	Page<AuditRow> of(Page<AuditEntry> entries, PanelUser viewer) {
		Set<String> staffIds = entries.stream()
			.filter((entry) -> "staff-account".equals(entry.objectType()))
			.map(AuditEntry::objectId)
			.collect(Collectors.toSet());
		Map<String, String> usernames = this.staff.findAllById(staffIds)
			.stream()
			.collect(Collectors.toMap(StaffAccount::getId, StaffAccount::getUsername));
		return entries.map((entry) -> row(entry, viewer, usernames));
	}

	private AuditRow row(AuditEntry entry, PanelUser viewer, Map<String, String> usernames) {
		String label = usernames.getOrDefault(entry.objectId(), entry.objectId());
		return new AuditRow(entry.at(), entry.actorName(), entry.action(), known("audit.action." + entry.action()),
				known("audit.object." + entry.objectType()), entry.objectType(), label, link(entry, viewer),
				this.programmes.nameOf(entry.programme(), viewer.language().getLanguage()), entry.before(),
				entry.after());
	}

	private String link(AuditEntry entry, PanelUser viewer) {
		String page = PAGES.get(entry.objectType());
		if (page == null || (ADMIN_PAGES.contains(entry.objectType()) && !viewer.isAdmin())) {
			return null;
		}
		return page.endsWith("/") ? page + entry.objectId() : page;
	}

	/** The key if the panel has words for it, else null. */
	private String known(String key) {
		try {
			this.messages.getMessage(key, null, java.util.Locale.ENGLISH);
			return key;
		}
		catch (NoSuchMessageException ex) {
			return null;
		}
	}

}
