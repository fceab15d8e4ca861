package org.peersupport.requests;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * What staff look for in the request queue.
 *
 * @param stages the stages wanted; none means every active one
 * @param category a category key, or null for any
 * @param urgency an urgency, or null for any
 * @param programme a programme key, or null for any of the viewer's
 * @param waited how long requests have waited since they were made, or null for any
 * @param claimedWithin only requests a volunteer first took within this time before now,
 * or null for any
 */
public record RequestSearch(Set<RequestStage> stages, String category, Urgency urgency, String programme,
		WaitBand waited, Duration claimedWithin) {

	public RequestSearch {
		stages = (stages == null || stages.isEmpty()) ? RequestStage.ACTIVE : Set.copyOf(EnumSet.copyOf(stages));
		category = (category != null && !category.isBlank()) ? category.strip() : null;
		programme = (programme != null && !programme.isBlank()) ? programme.strip() : null;
	}

	/** A search by stage, category, urgency and programme, whatever the wait. */
	public RequestSearch(Set<RequestStage> stages, String category, Urgency urgency, String programme) {
		this(stages, category, urgency, programme, null, null);
	}

	/** Every active request. */
	public static RequestSearch active() {
		return new RequestSearch(null, null, null, null);
	}

	/** Whether only closed requests are wanted (then the newest closed come first). */
	boolean closedOnly() {
		return this.stages.equals(Set.of(RequestStage.CLOSED));
	}

}
