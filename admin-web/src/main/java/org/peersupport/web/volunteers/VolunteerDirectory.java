package org.peersupport.web.volunteers;

import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerSearch;
import org.peersupport.volunteers.VolunteerService;
import org.peersupport.web.security.ProgrammeScope;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Volunteer applications for the panel's list, within the viewer's programme scope: a
 * limited scope asks the service for its programmes only.
 */
@Component
class VolunteerDirectory {

	private final VolunteerService volunteers;

	VolunteerDirectory(VolunteerService volunteers) {
		this.volunteers = volunteers;
	}

	/** Applications matching the search within the scope, newest first. */
	Page<Volunteer> search(VolunteerSearch search, ProgrammeScope scope, Pageable pageable) {
		return scope.isUnlimited() ? this.volunteers.search(search, pageable)
				: this.volunteers.search(search, scope.programmes(), pageable);
	}

	/** How many applications within the scope wait for a decision. */
	long countPending(ProgrammeScope scope) {
		return scope.isUnlimited() ? this.volunteers.countPending() : this.volunteers.countPending(scope.programmes());
	}

}
