package org.peersupport.volunteers;

import java.util.EnumSet;
import java.util.Set;

import org.peersupport.messaging.Audience;
import org.peersupport.messaging.AudienceSource;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.participants.Volunteers;

/**
 * An approved (or paused) volunteer's chat has the volunteer commands too.
 */
class VolunteerAudience implements AudienceSource {

	private static final Set<VolunteerStatus> ACTIVE = EnumSet.of(VolunteerStatus.APPROVED, VolunteerStatus.PAUSED);

	private final Volunteers volunteers;

	VolunteerAudience(Volunteers volunteers) {
		this.volunteers = volunteers;
	}

	@Override
	public Set<Audience> of(long chatId) {
		boolean active = this.volunteers.ofChat(chatId)
			.stream()
			.anyMatch((volunteer) -> ACTIVE.contains(volunteer.status()));
		return active ? EnumSet.of(Audience.VOLUNTEER) : EnumSet.noneOf(Audience.class);
	}

}
