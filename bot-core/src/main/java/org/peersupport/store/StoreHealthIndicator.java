package org.peersupport.store;

import org.bson.Document;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * MongoDB health by a {@code ping}: works on real MongoDB and on the embedded server,
 * which lacks the {@code hello} command Boot's own Mongo indicator uses.
 */
class StoreHealthIndicator implements HealthIndicator {

	private final MongoOperations mongo;

	private final StoreMode mode;

	StoreHealthIndicator(MongoOperations mongo, StoreMode mode) {
		this.mongo = mongo;
		this.mode = mode;
	}

	@Override
	public Health health() {
		try {
			this.mongo.executeCommand(new Document("ping", 1));
			return Health.up().withDetail("embedded", this.mode.embedded()).build();
		}
		catch (RuntimeException ex) {
			return Health.down().withDetail("error", ex.getClass().getSimpleName()).build();
		}
	}

}
