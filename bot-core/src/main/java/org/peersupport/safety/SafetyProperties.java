package org.peersupport.safety;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Safeguarding settings ({@code peer.safety}).
 *
 * @param crisisWords phrases per locale and kind ({@code self-harm}, {@code overdose},
 * {@code violence}, {@code other}) that trigger the crisis answer of that kind, matched
 * in any word order: parts separated by spaces, alternatives by {@code |}, a word ending
 * in {@code *} matches any word starting with it (e.g. {@code suicid*}), words joined by
 * {@code _} stand together in order (see {@link Phrases}). A locale configured replaces
 * its built-in lists; a locale left out keeps them ({@link CrisisWords#DEFAULTS}). A
 * locale edited in the panel replaces both ({@link CrisisWordLists}).
 * @param crisisWordsCache how long an instance keeps the lists in use before reading the
 * panel's edits again, so a change saved through another instance applies here within
 * this time
 */
@ConfigurationProperties("peer.safety")
public record SafetyProperties(Map<String, Map<CrisisKind, List<String>>> crisisWords,
		@DefaultValue("30s") Duration crisisWordsCache) {

	public SafetyProperties {
		crisisWords = (crisisWords != null) ? Map.copyOf(crisisWords) : Map.of();
	}

}
