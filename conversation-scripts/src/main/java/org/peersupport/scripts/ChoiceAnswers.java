package org.peersupport.scripts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.peersupport.scripts.ParsedAnswer.Codes;
import org.peersupport.scripts.ParsedAnswer.Rejected;

/**
 * Button answers: a pressed button's value, or a label typed by hand in any locale. A
 * multiple choice arrives as the selected values joined by commas.
 */
final class ChoiceAnswers {

	private ChoiceAnswers() {
	}

	static ParsedAnswer parse(Input.Buttons input, String text) {
		if (input.fromSource()) {
			throw new IllegalArgumentException(
					"Resolve choicesFrom '" + input.choicesFrom() + "' with Buttons.withChoices before parsing");
		}
		if (text.isEmpty()) {
			return Rejected.of(input.multiple() ? Codes.NONE_CHOSEN : Codes.NOT_A_CHOICE);
		}
		if (!input.multiple()) {
			String value = find(input, text);
			return (value != null) ? new ParsedAnswer.Accepted(value) : Rejected.of(Codes.NOT_A_CHOICE);
		}
		List<String> values = new ArrayList<>();
		for (String part : text.split(",")) {
			if (part.isBlank()) {
				continue;
			}
			String value = find(input, part.strip());
			if (value == null) {
				return Rejected.of(Codes.NOT_CHOICES);
			}
			if (!values.contains(value)) {
				values.add(value);
			}
		}
		return values.isEmpty() ? Rejected.of(Codes.NONE_CHOSEN) : new ParsedAnswer.Accepted(List.copyOf(values));
	}

	private static String find(Input.Buttons input, String text) {
		for (Choice choice : input.choices()) {
			if (choice.value().equals(text)) {
				return choice.value();
			}
		}
		String typed = normalize(text);
		for (Choice choice : input.choices()) {
			if (choice.label().values().stream().anyMatch((label) -> normalize(label).equals(typed))) {
				return choice.value();
			}
		}
		return null;
	}

	static String normalize(String text) {
		return text.strip()
			.toLowerCase(Locale.ROOT)
			.replaceAll("^[^\\p{L}\\p{N}]+", "")
			.replaceAll("[\\s.!]+$", "")
			.replace('ё', 'е');
	}

}
