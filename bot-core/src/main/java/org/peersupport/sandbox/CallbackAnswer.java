package org.peersupport.sandbox;

/**
 * The bot's answer to a button press (answerCallbackQuery).
 *
 * @param callbackQueryId the id of the press
 * @param messageId the message whose button was pressed
 * @param data the pressed data
 * @param text the answer's text, or null
 * @param showAlert whether the answer is an alert
 */
public record CallbackAnswer(String callbackQueryId, long messageId, String data, String text, boolean showAlert) {

}
