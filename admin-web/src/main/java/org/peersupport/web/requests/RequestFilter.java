package org.peersupport.web.requests;

import java.util.Arrays;

import org.peersupport.requests.QueueFigures;
import org.peersupport.requests.RequestSearch;
import org.peersupport.requests.Urgency;
import org.peersupport.requests.WaitBand;

/**
 * The queue's filters as the form sends them; unknown values mean "any".
 *
 * @param show a {@link QueueFilter} name
 * @param category a category key
 * @param urgency an {@link Urgency} name
 * @param programme a programme key
 * @param waited a {@link WaitBand} name: how long requests have waited
 * @param claimed {@code recent}: only requests first taken within
 * {@link QueueFigures#CLAIM_WINDOW}
 */
record RequestFilter(String show, String category, String urgency, String programme, String waited, String claimed) {

	/** The value of {@code claimed} that asks for requests first taken recently. */
	static final String RECENT = "recent";

	/**
	 * The search these filters ask for; a category or programme nobody has finds nothing.
	 */
	RequestSearch search() {
		Urgency chosen = Arrays.stream(Urgency.values())
			.filter((value) -> value.name().equals(this.urgency))
			.findFirst()
			.orElse(null);
		WaitBand band = Arrays.stream(WaitBand.values())
			.filter((value) -> value.name().equals(this.waited))
			.findFirst()
			.orElse(null);
		return new RequestSearch(QueueFilter.of(this.show).stages(), this.category, chosen, this.programme, band,
				RECENT.equals(this.claimed) ? QueueFigures.CLAIM_WINDOW : null);
	}

}
