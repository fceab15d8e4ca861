package org.peersupport.conversation;

import org.peersupport.scripts.TextBundle;

/**
 * The runtime's own words beyond {@code RuntimeTexts}
 * ({@code org/peersupport/conversation/texts*.properties}); English is the base.
 */
final class ConversationTexts {

	private static final TextBundle TEXTS = TextBundle.named("org.peersupport.conversation.texts");

	private ConversationTexts() {
	}

	static String get(String key, String locale, Object... args) {
		return TEXTS.get(key, locale, args);
	}

	/** The text, or its plain-language version for a plain-language programme. */
	static String get(String key, boolean plain, String locale, Object... args) {
		return TEXTS.get(key, plain, locale, args);
	}

}
