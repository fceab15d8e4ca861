package org.peersupport.groups;

import org.peersupport.scripts.TextBundle;

/**
 * The peer groups' words ({@code org/peersupport/groups/texts*.properties}); English is
 * the base. Written plainly (short sentences, one idea each), so that they serve the
 * plain-language programmes too.
 */
final class GroupTexts {

	private static final TextBundle TEXTS = TextBundle.named("org.peersupport.groups.texts");

	private GroupTexts() {
	}

	static String get(String key, String locale, Object... args) {
		return TEXTS.get(key, locale, args);
	}

}
