package org.peersupport.conversation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The top-level {@code version:} line of a script's YAML: where it is, and the text with
 * a new number on it (comments and everything else kept as typed).
 */
final class VersionLine {

	private static final Pattern LINE = Pattern.compile("(?m)^(version:[ \\t]*)(\\d+)([ \\t]*(?:#.*)?)$");

	private VersionLine() {
	}

	/**
	 * The text with {@code to} on its one version line, or empty if the text has not
	 * exactly one version line naming {@code from}.
	 */
	static Optional<String> raise(String yaml, int from, int to) {
		Matcher matcher = LINE.matcher(yaml);
		if (!matcher.find() || Integer.parseInt(matcher.group(2)) != from) {
			return Optional.empty();
		}
		int start = matcher.start(2);
		int end = matcher.end(2);
		if (matcher.find()) {
			return Optional.empty();
		}
		return Optional.of(yaml.substring(0, start) + to + yaml.substring(end));
	}

	/** The number of the version line, from 1; 1 if there is none. */
	static int lineOf(String yaml) {
		Matcher matcher = Pattern.compile("(?m)^version:").matcher(yaml);
		if (!matcher.find()) {
			return 1;
		}
		return (int) yaml.substring(0, matcher.start()).chars().filter((c) -> c == '\n').count() + 1;
	}

}
