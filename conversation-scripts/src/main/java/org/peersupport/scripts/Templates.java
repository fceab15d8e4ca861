package org.peersupport.scripts;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {{field}}} placeholders in prompts with stored fields. The template is
 * trusted script text; every field value passes through the caller's {@code escape} (e.g.
 * Telegram HTML escaping), because field values are user input.
 */
public final class Templates {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z][a-zA-Z0-9_]*)\\s*}}");

	private Templates() {
	}

	/**
	 * Renders {@code template}; a field that is not stored renders as an empty string.
	 */
	public static String render(String template, Map<String, Object> fields, Function<String, String> escape) {
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			Object value = fields.get(matcher.group(1));
			String text = (value != null) ? escape.apply(Transitions.asText(value)) : "";
			matcher.appendReplacement(out, Matcher.quoteReplacement(text));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	/** The field names a template refers to, in order of first use. */
	public static Set<String> placeholders(String template) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = PLACEHOLDER.matcher(template);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

}
