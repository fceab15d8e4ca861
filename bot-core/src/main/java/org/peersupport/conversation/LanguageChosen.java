package org.peersupport.conversation;

/**
 * A person chose the language of their conversation ({@code setLocale}); features that
 * keep the person's language follow it.
 */
public record LanguageChosen(long chatId, String locale) {

}
