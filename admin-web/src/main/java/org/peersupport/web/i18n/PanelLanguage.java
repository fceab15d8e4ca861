package org.peersupport.web.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A language the panel speaks; its name is the message key {@code language.<tag>}. */
public enum PanelLanguage {

	ENGLISH("en"), RUSSIAN("ru"), POLISH("pl");

	private final String tag;

	PanelLanguage(String tag) {
		this.tag = tag;
	}

	public String tag() {
		return this.tag;
	}

	public Locale locale() {
		return Locale.forLanguageTag(this.tag);
	}

	/** The message key of the language's own name, e.g. {@code language.ru}. */
	public String nameKey() {
		return "language." + this.tag;
	}

	/** The panel language with this tag, if the panel speaks it. */
	public static Optional<PanelLanguage> fromTag(String tag) {
		return Arrays.stream(values()).filter((language) -> language.tag.equals(tag)).findFirst();
	}

	/** The panel language closest to a locale, English if none fits. */
	public static PanelLanguage closestTo(Locale locale) {
		return fromTag(locale.getLanguage()).orElse(ENGLISH);
	}

}
