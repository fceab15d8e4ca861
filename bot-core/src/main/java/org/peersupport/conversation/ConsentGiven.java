package org.peersupport.conversation;

import java.time.Instant;

/**
 * A person accepted a script's consent text ({@code recordConsent}).
 *
 * @param chatId the private chat
 * @param scriptId the script whose consent it was
 * @param consentVersion {@code id@version} of that script
 * @param locale the conversation's language
 * @param at when
 */
public record ConsentGiven(long chatId, String scriptId, String consentVersion, String locale, Instant at) {

}
