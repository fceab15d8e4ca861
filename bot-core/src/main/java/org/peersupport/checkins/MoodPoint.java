package org.peersupport.checkins;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One check-in answer.
 *
 * @param id {@code <chatId>:<occurrence epoch second>}: one answer per prompt
 * @param chatId the participant's chat
 * @param occurrence the prompt's time
 * @param at when they answered
 * @param mood 1 (very bad) to 5 (very good)
 * @param word what they wrote about their day, or null
 * @param schemaVersion the document's schema version
 */
@Document("mood_points")
record MoodPoint(@Id String id, @Indexed long chatId, Instant occurrence, Instant at, int mood, String word,
		int schemaVersion) {

	static final int SCHEMA_VERSION = 1;

	static String id(long chatId, long occurrenceSecond) {
		return chatId + ":" + occurrenceSecond;
	}

	@Override
	public String toString() {
		// No word: logs must not carry what people write.
		return "MoodPoint[chat=" + this.chatId + ", mood=" + this.mood + "]";
	}

}
