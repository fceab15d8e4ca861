package org.peersupport.participants;

import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Moves people's references off the old derivation (an HMAC of the chat id with a key
 * kept in {@code secrets}, so anyone with the store could recompute an erased person's
 * reference): the people the store knows keep their reference as a stored value, then the
 * key is dropped. Runs at start; a run cut short runs again, as the key is dropped last.
 */
final class DerivedRefs {

	private static final Logger log = LoggerFactory.getLogger(DerivedRefs.class);

	/** The name the old key was kept under. */
	static final String KEY = "person-ref";

	private DerivedRefs() {
	}

	static void moveToStored(MongoOperations mongo, GeneratedSecrets secrets, PersonRefs refs) {
		secrets.existing(KEY).ifPresent((key) -> {
			Set<Long> people = new TreeSet<>();
			people.addAll(mongo.findDistinct(new Query(), "_id", Participant.class, Long.class));
			people.addAll(mongo.findDistinct(new Query(), "chatId", Volunteer.class, Long.class));
			refs.keepDerived(key, people);
			secrets.forget(KEY);
			log.info("Kept the references of {} people as stored values; the key they were derived with is gone",
					people.size());
		});
	}

}
