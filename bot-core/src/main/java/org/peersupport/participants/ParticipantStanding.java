package org.peersupport.participants;

/**
 * Where a participant stands as staff see it: their stored {@link ParticipantStatus},
 * except that someone who waits for a person from the team shows as that first.
 */
public enum ParticipantStanding {

	/** Accepted the consent text; onboarding not finished. */
	ONBOARDING,

	/** Finished onboarding; waits for a group. */
	WAITING_FOR_GROUP,

	/** Could not go on, or asked for help: waits for someone from the team. */
	NEEDS_PERSON;

	/** The standing of a stored status, when nobody is waited for. */
	static ParticipantStanding of(ParticipantStatus status) {
		return switch (status) {
			case CONSENTED -> ONBOARDING;
			case WAITING_FOR_GROUP -> WAITING_FOR_GROUP;
		};
	}

}
