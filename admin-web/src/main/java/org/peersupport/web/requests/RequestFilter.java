package org.peersupport.web.requests;

import java.util.Arrays;

import org.peersupport.requests.RequestSearch;
import org.peersupport.requests.Urgency;

/**
 * The queue's filters as the form sends them; unknown values mean "any".
 *
 * @param show a {@link QueueFilter} name
 * @param category a category key
 * @param urgency an {@link Urgency} name
 * @param programme a programme key
 */
record RequestFilter(String show, String category, String urgency, String programme) {

	/**
	 * The search these filters ask for; a category or programme nobody has finds nothing.
	 */
	RequestSearch search() {
		Urgency chosen = Arrays.stream(Urgency.values())
			.filter((value) -> value.name().equals(this.urgency))
			.findFirst()
			.orElse(null);
		return new RequestSearch(QueueFilter.of(this.show).stages(), this.category, chosen, this.programme);
	}

}
