package org.peersupport.web.participants;

import java.util.List;

import org.peersupport.participants.Participant;
import org.peersupport.participants.ParticipantOverview;
import org.peersupport.participants.ParticipantSearch;
import org.peersupport.participants.ParticipantStanding;
import org.peersupport.participants.ParticipantSummary;
import org.peersupport.participants.Programme;
import org.peersupport.participants.Programmes;
import org.peersupport.web.security.PanelUser;
import org.peersupport.web.security.ProgrammeScope;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Participants as a staff member may see them: a limited scope asks bot-core's
 * {@link ParticipantOverview} for its programmes only; and the programmes the viewer may
 * filter by, by name.
 */
@Component
class ScopedParticipants {

	private final ParticipantOverview overview;

	private final Programmes programmes;

	ScopedParticipants(ParticipantOverview overview, Programmes programmes) {
		this.overview = overview;
		this.programmes = programmes;
	}

	/** Participants matching the search within the viewer's scope. */
	Page<ParticipantSummary> search(PanelUser viewer, ParticipantSearch search, Pageable pageable) {
		ProgrammeScope scope = viewer.scope();
		return scope.isUnlimited() ? this.overview.search(search, pageable)
				: this.overview.search(search, scope.programmes(), pageable);
	}

	/**
	 * The participant with this pseudonymous reference, if in the viewer's scope.
	 * @throws ResponseStatusException 404 if there is none or they are out of scope
	 */
	Participant find(PanelUser viewer, String ref) {
		return this.overview.byRef(ref, viewer.scope().programmesOrAll())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** Where the participant stands, as the list shows it. */
	ParticipantRow row(PanelUser viewer, Participant participant) {
		return ParticipantRow.of(this.overview.summary(participant), programmeName(viewer, participant.programme()));
	}

	/** How many participants within the viewer's scope stand there. */
	long count(PanelUser viewer, ParticipantStanding standing) {
		ProgrammeScope scope = viewer.scope();
		return scope.isUnlimited() ? this.overview.count(standing) : this.overview.count(standing, scope.programmes());
	}

	/** The configured programmes in the viewer's scope, in configuration order. */
	List<Programme> programmesOf(PanelUser viewer) {
		return this.programmes.all().stream().filter((programme) -> viewer.scope().includes(programme.key())).toList();
	}

	/**
	 * The programme's name in the viewer's language, its key if it is no longer
	 * configured, or null.
	 */
	String programmeName(PanelUser viewer, String programme) {
		return this.programmes.nameOf(programme, viewer.language().getLanguage());
	}

}
