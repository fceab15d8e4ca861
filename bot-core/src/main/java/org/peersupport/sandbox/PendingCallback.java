package org.peersupport.sandbox;

/**
 * A button press the bot has not answered yet.
 */
record PendingCallback(String id, long userId, long chatId, long messageId, String data) {

}
