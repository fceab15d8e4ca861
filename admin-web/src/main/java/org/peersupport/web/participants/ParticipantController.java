package org.peersupport.web.participants;

import org.peersupport.checkins.CheckInSummary;
import org.peersupport.participants.Participant;
import org.peersupport.web.i18n.PanelDates;
import org.peersupport.web.security.PanelUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One participant's page, by pseudonymous reference, within the viewer's programme scope
 * (404 outside it, as for a reference that names nobody): where they stand, their
 * check-ins with a mood chart and its table, their group and its history, and their
 * requests as metadata. Never a Telegram id, a name or anything the participant wrote.
 */
@Controller
class ParticipantController {

	private final ScopedParticipants participants;

	private final ParticipantDetails details;

	private final PanelDates dates;

	ParticipantController(ScopedParticipants participants, ParticipantDetails details, PanelDates dates) {
		this.participants = participants;
		this.details = details;
		this.dates = dates;
	}

	@GetMapping("/participants/{id}")
	String show(PanelUser viewer, @PathVariable String id, Model model) {
		Participant participant = this.participants.find(viewer, id);
		model.addAttribute("participant", this.participants.row(viewer, participant));
		CheckInSummary checkIns = this.details.checkIns(participant).orElse(null);
		model.addAttribute("checkIns", checkIns);
		model.addAttribute("moodSeries", (checkIns != null) ? MoodSeries.of(checkIns.moods()) : null);
		// the chart's axis in the viewer's zone, as every date on the page
		model.addAttribute("chartZone", this.dates.zone().getId());
		model.addAttribute("group", this.details.group(viewer, participant));
		model.addAttribute("requests", this.details.requests(viewer, participant));
		return "participants/participant";
	}

}
