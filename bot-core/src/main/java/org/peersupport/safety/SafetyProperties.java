package org.peersupport.safety;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Safeguarding settings ({@code peer.safety}).
 *
 * @param crisisWords phrases per locale and kind ({@code self-harm}, {@code overdose},
 * {@code violence}, {@code other}) that trigger the crisis answer of that kind, matched
 * in any word order: parts separated by spaces, alternatives by {@code |}, a word ending
 * in {@code *} matches any word starting with it (e.g. {@code suicid*}), words joined by
 * {@code _} stand together in order (see {@link Phrases}). A locale configured replaces
 * its built-in lists; a locale left out keeps them ({@link CrisisWords#DEFAULTS}).
 */
@ConfigurationProperties("peer.safety")
public record SafetyProperties(Map<String, Map<CrisisKind, List<String>>> crisisWords) {

	public SafetyProperties {
		crisisWords = (crisisWords != null) ? Map.copyOf(crisisWords) : Map.of();
	}

}
