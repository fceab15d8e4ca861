package org.peersupport.checkins;

import java.time.Instant;
import java.time.Period;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A programme's check-in settings saved in the panel, overriding configuration's.
 *
 * @param programme the programme's key
 * @param phases the phases, each its end ({@code P14D}, null for endless) and days
 * @param followUpAfter the ladder's first rung
 * @param alertAfter the ladder's second rung, after the first
 * @param savedBy the staff member who saved them
 * @param savedAt when
 * @param schemaVersion the document's schema version
 */
@Document("programme_check_ins")
record ProgrammeCheckIns(@Id String programme, List<StoredPhase> phases, int followUpAfter, int alertAfter,
		String savedBy, Instant savedAt, int schemaVersion) {

	static final int SCHEMA_VERSION = 1;

	static ProgrammeCheckIns of(String programme, CheckInPlan plan) {
		List<StoredPhase> phases = plan.phases()
			.stream()
			.map((phase) -> new StoredPhase((phase.until() != null) ? phase.until().toString() : null, phase.days()))
			.toList();
		return new ProgrammeCheckIns(programme, phases, plan.followUpAfter(), plan.alertAfter(), plan.savedBy(),
				plan.savedAt(), SCHEMA_VERSION);
	}

	CheckInPlan plan() {
		List<Phase> read = this.phases.stream()
			.map((phase) -> new Phase((phase.until() != null) ? Period.parse(phase.until()) : null, phase.days()))
			.toList();
		return new CheckInPlan(read, this.followUpAfter, this.alertAfter, this.savedBy, this.savedAt);
	}

	/** One stored phase. */
	record StoredPhase(String until, String days) {
	}

}
