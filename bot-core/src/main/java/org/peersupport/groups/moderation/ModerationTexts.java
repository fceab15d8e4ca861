package org.peersupport.groups.moderation;

import java.time.Duration;

import org.peersupport.scripts.TextBundle;

/**
 * Moderation's words ({@code org/peersupport/groups/moderation/texts*.properties});
 * English is the base. A text participants read has a plain-language version
 * ({@code plain.key}).
 */
final class ModerationTexts {

	private static final TextBundle TEXTS = TextBundle.named("org.peersupport.groups.moderation.texts");

	/** The prefix of a plain-language version. */
	static final String PLAIN = "plain.";

	private ModerationTexts() {
	}

	static String get(String key, String locale, Object... args) {
		return TEXTS.get(key, locale, args);
	}

	/**
	 * A text a participant reads, in its plain version for a plain-language programme.
	 */
	static String said(String key, Voice voice, Object... args) {
		return TEXTS.get(voice.plain() ? PLAIN + key : key, voice.locale(), args);
	}

	/** A time span as people read it: hours when whole, else minutes. */
	static String span(Duration duration, Voice voice) {
		long minutes = Math.max(1, duration.toMinutes());
		if (minutes % 60 == 0) {
			return get("span.hours", voice.locale(), minutes / 60);
		}
		return get("span.minutes", voice.locale(), minutes);
	}

	/**
	 * How the bot speaks to one person: their language, and whether their programme
	 * speaks plainly.
	 */
	record Voice(String locale, boolean plain) {
	}

}
