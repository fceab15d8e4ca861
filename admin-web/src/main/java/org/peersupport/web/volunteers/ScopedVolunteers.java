package org.peersupport.web.volunteers;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.peersupport.conversation.ShownAnswers;
import org.peersupport.participants.Programme;
import org.peersupport.participants.Programmes;
import org.peersupport.participants.VettingItem;
import org.peersupport.participants.Volunteer;
import org.peersupport.volunteers.VolunteerService;
import org.peersupport.web.security.PanelUser;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Volunteers as a staff member may see them: one outside the viewer's programme scope
 * answers 404, like one that does not exist; and what the pages show of their programme.
 */
@Component
class ScopedVolunteers {

	private final VolunteerService volunteers;

	private final Programmes programmes;

	private final ShownAnswers answers;

	ScopedVolunteers(VolunteerService volunteers, Programmes programmes, ShownAnswers answers) {
		this.volunteers = volunteers;
		this.programmes = programmes;
		this.answers = answers;
	}

	/**
	 * The volunteer, if in the viewer's scope.
	 * @throws ResponseStatusException 404 if there is none or it is out of scope
	 */
	Volunteer find(PanelUser viewer, String id) {
		Volunteer volunteer = this.volunteers.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		viewer.scope().require(volunteer.programme());
		return volunteer;
	}

	/** The checklist of the volunteer's programme, in the viewer's language. */
	VolunteerChecklist checklist(PanelUser viewer, Volunteer volunteer, Collection<String> ticked) {
		List<VettingItem> vetting = this.programmes.find(volunteer.programme())
			.map(Programme::vetting)
			.orElse(VettingItem.DEFAULTS);
		return VolunteerChecklist.of(vetting, ticked, viewer.language().getLanguage());
	}

	/**
	 * The volunteer's answers as words in the viewer's language (the button labels of the
	 * sign-up script version they answered), by field.
	 */
	Map<String, String> answers(PanelUser viewer, Volunteer volunteer) {
		return this.answers.values(volunteer.details(), volunteer.consentVersion(), viewer.language().getLanguage());
	}

	/**
	 * The programme's name in the viewer's language, its key if it is no longer
	 * configured, or null.
	 */
	String programmeName(PanelUser viewer, String programme) {
		return this.programmes.nameOf(programme, viewer.language().getLanguage());
	}

}
