package org.peersupport.web.volunteers;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.peersupport.participants.Volunteer;
import org.peersupport.requests.RequestDesk;
import org.peersupport.requests.VolunteerCaseload;
import org.peersupport.web.security.PanelUser;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A volunteer's requests, load and hours for their page: the requests of the viewer's
 * programmes they have and had, how many they have against their limit, and their days,
 * parts of the day and quiet hours in the viewer's language.
 */
@Component
class CaseloadModel {

	private final VolunteerCaseload caseload;

	private final RequestDesk desk;

	private final MessageSource messages;

	CaseloadModel(VolunteerCaseload caseload, RequestDesk desk, MessageSource messages) {
		this.caseload = caseload;
		this.desk = desk;
		this.messages = messages;
	}

	void show(PanelUser viewer, Volunteer volunteer, Model model) {
		Locale locale = viewer.language();
		VolunteerCaseload.Caseload load = this.caseload.of(volunteer, viewer.scope().programmesOrAll());
		model.addAttribute("caseload", load);
		model.addAttribute("categoryNames", this.desk.categories(locale.getLanguage()));
		List<String> days = load.hours()
			.days()
			.stream()
			.map((day) -> day.getDisplayName(TextStyle.FULL_STANDALONE, locale))
			.toList();
		model.addAttribute("dayNames",
				days.isEmpty() ? text("volunteers.caseload.days.every", locale) : String.join(", ", days));
		List<String> parts = load.hours()
			.parts()
			.stream()
			.map((part) -> text("volunteers.caseload.part." + part, locale))
			.toList();
		model.addAttribute("partNames",
				parts.isEmpty() ? text("volunteers.caseload.hours.any", locale) : String.join(", ", parts));
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
