package org.peersupport.store;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Whether {@code spring.mongodb.uri} names an external MongoDB. A blank value (an empty
 * {@code MONGODB_URI}) counts as not set.
 */
final class MongoUriCondition {

	static final String PROPERTY = "spring.mongodb.uri";

	private MongoUriCondition() {
	}

	static boolean isSet(PropertyResolver environment) {
		return StringUtils.hasText(environment.getProperty(PROPERTY));
	}

	/** Matches when no external MongoDB is configured. */
	static final class Absent extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			if (isSet(context.getEnvironment())) {
				return ConditionOutcome.noMatch(PROPERTY + " is set: using the external MongoDB");
			}
			return ConditionOutcome.match(PROPERTY + " is not set: starting the embedded store");
		}

	}

}
