package org.peersupport.participants;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One of the NGO's programmes, from configuration ({@code peer.programmes}).
 *
 * @param key short stable key (lower case, digits, '-'; at most 24 bytes: it travels in
 * button data)
 * @param name the programme's name per locale
 * @param supportLines the programme's own support line, answered day and night, per
 * locale (e.g. {@code "0 800 100 100"}); a person in crisis is given the one of their
 * language, never one of another language
 * @param violenceLines a line for people who suffer violence, per locale, where the NGO
 * gives one
 * @param plainLanguage whether its participants get the plain-language onboarding
 * @param timeZone the time zone offered first
 * @param vetting the checklist a moderator ticks before approving one of its volunteers;
 * none configured means {@link VettingItem#DEFAULTS}, and the identity check is always on
 * it and always required
 * @param asks the optional onboarding questions its participants are asked, by name
 * ({@value #RELEASE_DATE}: when they were released, for prison-release programmes only);
 * scripts branch on them as the field {@code programmeAsks}
 */
public record Programme(String key, Map<String, String> name, Map<String, String> supportLines,
		Map<String, String> violenceLines, boolean plainLanguage, ZoneId timeZone, List<VettingItem> vetting,
		List<String> asks) {

	/** The question of the release date, asked by prison-release programmes. */
	public static final String RELEASE_DATE = "releaseDate";

	/** The onboarding script of an ordinary programme. */
	public static final String ONBOARDING = "onboarding";

	/** The onboarding script of a plain-language programme. */
	public static final String ONBOARDING_PLAIN = "onboarding-plain";

	public Programme {
		if (key == null || !key.matches("[a-z][a-z0-9-]{0,23}")) {
			throw new IllegalArgumentException("A programme key is lower case, digits and '-', 1 to 24 characters");
		}
		name = (name != null) ? Map.copyOf(name) : Map.of();
		supportLines = (supportLines != null) ? Map.copyOf(supportLines) : Map.of();
		violenceLines = (violenceLines != null) ? Map.copyOf(violenceLines) : Map.of();
		timeZone = (timeZone != null) ? timeZone : ZoneId.of("UTC");
		vetting = checklist(key, vetting);
		asks = (asks != null) ? List.copyOf(asks) : List.of();
	}

	/** The name in {@code locale}, else in English, else the key. */
	public String name(String locale) {
		return pick(this.name, locale, this.key);
	}

	/**
	 * The support line for speakers of {@code locale}; none if the programme gives none
	 * in that language (never one of another language).
	 */
	public Optional<String> supportLine(String locale) {
		return Optional.ofNullable(this.supportLines.get(locale)).filter((line) -> !line.isBlank());
	}

	/**
	 * The line for people who suffer violence, for speakers of {@code locale}, if any.
	 */
	public Optional<String> violenceLine(String locale) {
		return Optional.ofNullable(this.violenceLines.get(locale)).filter((line) -> !line.isBlank());
	}

	/** The onboarding script its participants go through. */
	public String onboardingScript() {
		return this.plainLanguage ? ONBOARDING_PLAIN : ONBOARDING;
	}

	/** The vetting item with this key. */
	public Optional<VettingItem> vettingItem(String itemKey) {
		return this.vetting.stream().filter((item) -> item.key().equals(itemKey)).findFirst();
	}

	private static List<VettingItem> checklist(String key, List<VettingItem> configured) {
		if (configured == null || configured.isEmpty()) {
			return VettingItem.DEFAULTS;
		}
		List<VettingItem> items = new ArrayList<>();
		if (configured.stream().noneMatch((item) -> item.key().equals(VettingItem.IDENTITY_CHECKED))) {
			items.add(VettingItem.DEFAULTS.get(0));
		}
		items.addAll(configured);
		Set<String> keys = new HashSet<>();
		for (VettingItem item : items) {
			if (!keys.add(item.key())) {
				throw new IllegalArgumentException(
						"Programme " + key + " lists the vetting item " + item.key() + " twice");
			}
		}
		return List.copyOf(items);
	}

	static String pick(Map<String, String> texts, String locale, String fallback) {
		String text = texts.get(locale);
		if (text == null) {
			text = texts.get("en");
		}
		if (text == null) {
			text = texts.values().stream().findFirst().orElse(fallback);
		}
		return text;
	}

}
