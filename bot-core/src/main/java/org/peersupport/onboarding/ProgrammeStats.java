package org.peersupport.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Anonymous counts per programme and month for reports; they carry no identity, so they
 * survive a person's erasure.
 */
@Component
public class ProgrammeStats {

	private final MongoOperations mongo;

	private final Clock clock;

	ProgrammeStats(MongoOperations mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** Counts one finished onboarding. */
	void countOnboarded(String programme, Instant at) {
		String month = YearMonth.from(at.atZone(ZoneOffset.UTC)).toString();
		this.mongo.upsert(Query.query(Criteria.where("_id").is(programme + ":" + month)),
				new Update().setOnInsert("programme", programme).setOnInsert("month", month).inc("onboarded", 1),
				Counts.class);
	}

	/** How many people of a programme finished onboarding in the current month. */
	public long onboardedThisMonth(String programme) {
		String month = YearMonth.from(this.clock.instant().atZone(ZoneOffset.UTC)).toString();
		Counts counts = this.mongo.findById(programme + ":" + month, Counts.class);
		return (counts != null) ? counts.onboarded() : 0;
	}

	/** The counts of one programme in one month. */
	@Document("programme_stats")
	record Counts(@Id String id, String programme, String month, long onboarded) {
	}

}
