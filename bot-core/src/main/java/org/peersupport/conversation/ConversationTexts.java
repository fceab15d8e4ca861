package org.peersupport.conversation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The runtime's own words beyond {@code RuntimeTexts}
 * ({@code org/peersupport/conversation/texts*.properties}); English is the base.
 */
final class ConversationTexts {

	private static final String BUNDLE = "org.peersupport.conversation.texts";

	private ConversationTexts() {
	}

	static String get(String key, String locale, Object... args) {
		Locale resolved = Locale.forLanguageTag((locale != null) ? locale : "en");
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, resolved,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new MessageFormat(bundle.getString(key), resolved).format(args);
	}

}
