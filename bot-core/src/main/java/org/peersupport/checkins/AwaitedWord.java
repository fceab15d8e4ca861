package org.peersupport.checkins;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person asked to write a word about their day: their next message, until
 * {@code until}, goes with that check-in's answer.
 *
 * @param chatId the participant's chat
 * @param occurrenceSecond the prompt whose answer the word joins
 * @param until how long the next message is taken as the word
 */
@Document("check_in_words")
record AwaitedWord(@Id long chatId, long occurrenceSecond, Instant until) {

}
