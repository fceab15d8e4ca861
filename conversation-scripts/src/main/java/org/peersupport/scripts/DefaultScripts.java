package org.peersupport.scripts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The scripts shipped with the bot, loaded from {@code scripts/*.yaml} on the classpath.
 */
public final class DefaultScripts {

	/**
	 * Resource names of the shipped scripts, in the order {@link #all()} returns them.
	 */
	public static final List<String> RESOURCES = List.of("scripts/onboarding.yaml", "scripts/onboarding-plain.yaml",
			"scripts/volunteer-signup.yaml", "scripts/help-request.yaml", "scripts/help-request-plain.yaml",
			"scripts/check-in.yaml", "scripts/check-in-plain.yaml", "scripts/request-psychologist.yaml",
			"scripts/request-psychologist-plain.yaml", "scripts/request-job.yaml", "scripts/request-job-plain.yaml",
			"scripts/request-medicine.yaml", "scripts/request-medicine-plain.yaml", "scripts/request-legal.yaml",
			"scripts/request-legal-plain.yaml", "scripts/request-housing.yaml", "scripts/request-housing-plain.yaml",
			"scripts/request-talk.yaml", "scripts/request-talk-plain.yaml", "scripts/medicine-offer.yaml",
			"scripts/volunteer-availability.yaml");

	private DefaultScripts() {
	}

	/**
	 * Loads and validates every shipped script.
	 * @throws IllegalStateException if one is missing or invalid (a packaging error)
	 */
	public static List<Script> all() {
		ScriptLoader loader = new ScriptLoader();
		return RESOURCES.stream().map((resource) -> loader.load(read(resource), resource).scriptOrThrow()).toList();
	}

	/**
	 * The raw YAML of a shipped script, e.g. to seed the panel's first published version.
	 */
	public static String read(String resource) {
		try (InputStream in = DefaultScripts.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing classpath resource " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

}
