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

}
