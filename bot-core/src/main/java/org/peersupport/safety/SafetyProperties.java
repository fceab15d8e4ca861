package org.peersupport.safety;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Safeguarding settings ({@code peer.safety}).
 *
 * @param crisisWords phrases per locale that trigger the crisis answer; a word ending in
 * {@code *} matches any word starting with it (e.g. {@code suicid*}), other words match
 * whole words. A locale left out keeps its built-in list ({@link CrisisWords#DEFAULTS}).
 */
@ConfigurationProperties("peer.safety")
public record SafetyProperties(Map<String, List<String>> crisisWords) {

	public SafetyProperties {
		crisisWords = (crisisWords != null) ? Map.copyOf(crisisWords) : Map.of();
	}

}
