package org.peersupport.requests;

import java.util.EnumSet;
import java.util.Set;

/**
 * What staff look for in the request queue.
 *
 * @param stages the stages wanted; none means every active one
 * @param category a category key, or null for any
 * @param urgency an urgency, or null for any
 * @param programme a programme key, or null for any of the viewer's
 */
public record RequestSearch(Set<RequestStage> stages, String category, Urgency urgency, String programme) {

	public RequestSearch {
		stages = (stages == null || stages.isEmpty()) ? RequestStage.ACTIVE : Set.copyOf(EnumSet.copyOf(stages));
		category = (category != null && !category.isBlank()) ? category.strip() : null;
		programme = (programme != null && !programme.isBlank()) ? programme.strip() : null;
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
