package org.peersupport.web.requests;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.peersupport.requests.RequestStage;

/**
 * The choices of the queue's "show" filter, each a set of stages; an unknown value shows
 * every open request.
 */
enum QueueFilter {

	/** Every request that still needs or gets attention. */
	OPEN(RequestStage.ACTIVE),

	/** Nobody has taken it (offered to all or not yet). */
	WAITING(RequestStage.UNTAKEN),

	/** Offered to every matching volunteer; still nobody took it. */
	OFFERED_TO_ALL(Set.of(RequestStage.OFFERED_TO_ALL)),

	/** A volunteer has it. */
	CLAIMED(Set.of(RequestStage.CLAIMED, RequestStage.SILENT)),

	/** Its volunteer has not written, even after a reminder. */
	SILENT(Set.of(RequestStage.SILENT)),

	/** Closed or cancelled. */
	CLOSED(Set.of(RequestStage.CLOSED)),

	/** Every request, open or closed. */
	ALL(EnumSet.allOf(RequestStage.class));

	private final Set<RequestStage> stages;

	QueueFilter(Set<RequestStage> stages) {
		this.stages = stages;
	}

	Set<RequestStage> stages() {
		return this.stages;
	}

	/** The filter a query parameter names; {@link #OPEN} for none or an unknown one. */
	static QueueFilter of(String value) {
		if (value != null) {
			for (QueueFilter filter : values()) {
				if (filter.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
					return filter;
				}
			}
		}
		return OPEN;
	}

}
