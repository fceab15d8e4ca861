package org.peersupport.checkins;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Each programme's check-in settings as they apply: those saved in the panel
 * ({@link ProgrammeCheckIns}), else configuration's. Read through a cache whose entries
 * expire {@code fresh} after they were read from the store, so a change saved through
 * another instance applies here within that time; a change saved here applies at once.
 */
public class CheckInPlans {

	private final MongoOperations mongo;

	private final CheckInsProperties properties;

	private final LoadingCache<String, Optional<CheckInPlan>> saved;

	CheckInPlans(MongoOperations mongo, CheckInsProperties properties, Duration fresh, Ticker ticker) {
		this.mongo = mongo;
		this.properties = properties;
		this.saved = Caffeine.newBuilder()
			.expireAfterWrite(fresh)
			.ticker(ticker)
			.build((programme) -> Optional.ofNullable(mongo.findById(programme, ProgrammeCheckIns.class))
				.map(ProgrammeCheckIns::plan));
	}

	/** The programme's settings as they apply now. */
	public CheckInPlan planOf(String programme) {
		return this.saved.get(programme).orElseGet(() -> configured(programme));
	}

	/** The programme's settings from configuration, as if nothing was saved. */
	public CheckInPlan configured(String programme) {
		return new CheckInPlan(this.properties.phasesOf(programme), this.properties.followUpAfter(),
				this.properties.alertAfter(), null, null);
	}

	List<Phase> phasesOf(String programme) {
		return planOf(programme).phases();
	}

	Ladder ladderOf(String programme) {
		return planOf(programme).ladder();
	}

	void store(String programme, CheckInPlan plan) {
		this.mongo.save(ProgrammeCheckIns.of(programme, plan));
		this.saved.invalidate(programme);
	}

	void remove(String programme) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(programme)), ProgrammeCheckIns.class);
		this.saved.invalidate(programme);
	}

}
