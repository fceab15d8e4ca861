package org.peersupport.requests;

import java.time.Duration;
import java.time.Instant;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * How long a request has waited since it was made, in the bands the panel counts: under
 * an hour, an hour to a day, a day to a week, longer. Each band includes its lower bound
 * and excludes its upper one.
 */
public enum WaitBand {

	/** Less than an hour. */
	UNDER_HOUR(Duration.ZERO, Duration.ofHours(1)),

	/** From an hour to less than a day. */
	UNDER_DAY(Duration.ofHours(1), Duration.ofDays(1)),

	/** From a day to less than a week. */
	UNDER_WEEK(Duration.ofDays(1), Duration.ofDays(7)),

	/** A week or more. */
	LONGER(Duration.ofDays(7), null);

	private final Duration from;

	private final Duration to;

	WaitBand(Duration from, Duration to) {
		this.from = from;
		this.to = to;
	}

	/** The band of a wait this long. */
	public static WaitBand of(Duration waited) {
		for (WaitBand band : values()) {
			if (band.to == null || waited.compareTo(band.to) < 0) {
				return band;
			}
		}
		throw new IllegalStateException("The last band has no upper bound");
	}

	/** The requests made this long before {@code now}, as a query. */
	Criteria createdFor(Instant now) {
		Criteria created = Criteria.where("createdAt").lte(now.minus(this.from));
		return (this.to != null) ? created.gt(now.minus(this.to)) : created;
	}

	/** The earliest creation time in this band at {@code now} (exclusive), or null. */
	Instant createdAfter(Instant now) {
		return (this.to != null) ? now.minus(this.to) : null;
	}

}
