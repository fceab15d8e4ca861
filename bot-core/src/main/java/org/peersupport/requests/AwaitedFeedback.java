package org.peersupport.requests;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A participant who rated the help was asked for a word about it: their next message,
 * until {@code until}, is kept on that request.
 *
 * @param chatId the participant's chat
 * @param number the request the word is about
 * @param until how long the next message is taken as the word
 */
@Document("request_feedback_words")
record AwaitedFeedback(@Id long chatId, long number, Instant until) {

}
