package org.peersupport.sandbox;

/**
 * What a user action produced: the update id and, where there is one, the message id (in
 * the user's chat or the group) and the callback query id.
 *
 * @param updateId the id of the update queued for the bot (0 if the bot's allowed updates
 * filtered it out)
 * @param messageId the id of the message sent or pressed, 0 if none
 * @param callbackQueryId the callback query id of a press, else null
 */
public record SentUpdate(long updateId, long messageId, String callbackQueryId) {

}
