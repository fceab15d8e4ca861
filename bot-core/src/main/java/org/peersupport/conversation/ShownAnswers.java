package org.peersupport.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * Stored answers as the person saw them, for {@code /mydata}: each field under its label
 * in the person's language, each value as the button label of the script version that
 * asked for it.
 */
public class ShownAnswers {

	private final ScriptCatalog scripts;

	private final ChoiceSources sources;

	ShownAnswers(ScriptCatalog scripts, ChoiceSources sources) {
		this.scripts = scripts;
		this.sources = sources;
	}

	/**
	 * One line ({@code • Label: value}) per field, the labels in plain language when
	 * {@code plain} (the values are the buttons of the script that asked, plain already
	 * in a plain-language programme).
	 * @param scriptVersion the script that asked, as {@code key@version} (null: values as
	 * stored)
	 */
	public List<String> lines(Map<String, Object> fields, String scriptVersion, String locale, boolean plain) {
		AnswerLabels labels = AnswerLabels.of(this.scripts, this.sources, scriptVersion);
		List<String> lines = new ArrayList<>();
		fields
			.forEach((name, value) -> lines.add(line(label(name, locale, plain), labels.display(name, value, locale))));
		return lines;
	}

	/**
	 * Each field's value as the person saw it in {@code locale} (button labels of the
	 * script version that asked, lists joined with commas), in the order of
	 * {@code fields}; staff pages show answers this way instead of stored codes.
	 * @param scriptVersion the script that asked, as {@code key@version} (null: values as
	 * stored)
	 */
	public Map<String, String> values(Map<String, Object> fields, String scriptVersion, String locale) {
		AnswerLabels labels = AnswerLabels.of(this.scripts, this.sources, scriptVersion);
		Map<String, String> shown = new LinkedHashMap<>();
		fields.forEach((name, value) -> shown.put(name, labels.display(name, value, locale)));
		return shown;
	}

	/** One line for a value that is not a script answer. */
	public static String line(String label, String value) {
		return "• " + label + ": " + value;
	}

	/** A field's label in {@code locale}, or the field's name when it has none. */
	public static String label(String field, String locale) {
		try {
			return ConversationTexts.get("field." + field, locale);
		}
		catch (MissingResourceException ex) {
			return field;
		}
	}

	/**
	 * A field's label in {@code locale}, in its plain version when {@code plain} (else,
	 * or when it has none, as {@link #label(String, String)}).
	 */
	public static String label(String field, String locale, boolean plain) {
		if (plain) {
			try {
				return ConversationTexts.get("field." + field, true, locale);
			}
			catch (MissingResourceException ex) {
				// the usual label below
			}
		}
		return label(field, locale);
	}

}
