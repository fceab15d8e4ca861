package org.peersupport.requests;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a request stands as staff see it in the queue.
 */
public enum RequestStage {

	/** Nobody has taken it; it is offered in waves. */
	WAITING,

	/**
	 * Nobody has taken it, and the final wave has offered it to every matching volunteer
	 * and told the team.
	 */
	OFFERED_TO_ALL,

	/** A volunteer has taken it. */
	CLAIMED,

	/**
	 * A volunteer has taken it and has not written to the participant, even after a
	 * reminder.
	 */
	SILENT,

	/** Resolved, closed by staff, or cancelled by the participant. */
	CLOSED;

	/** The stages of requests that still need or get attention. */
	public static final Set<RequestStage> ACTIVE = Collections
		.unmodifiableSet(EnumSet.of(WAITING, OFFERED_TO_ALL, CLAIMED, SILENT));

	/** The stages of requests nobody has taken. */
	public static final Set<RequestStage> UNTAKEN = Collections.unmodifiableSet(EnumSet.of(WAITING, OFFERED_TO_ALL));

	/** The stage of a stored request. */
	static RequestStage of(HelpRequest request) {
		return switch (request.status()) {
			case OPEN -> (request.moderatorsAt() != null) ? OFFERED_TO_ALL : WAITING;
			case CLAIMED -> (request.remindedAt() != null) ? SILENT : CLAIMED;
			case RESOLVED, CANCELLED -> CLOSED;
		};
	}

}
