package org.peersupport.scripts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A random well-formed script for the generated-case tests, kept as editable parts so
 * tests can mutate it before writing it out as YAML. Steps form a chain by {@code next};
 * branches only leave steps that wait for an answer, so every loop contains an input.
 */
final class GeneratedScript {

	static final List<String> ALL_LOCALES = List.of("ru", "uk", "pl", "en");

	private static final String ALPHABET = "abcxyz АБВжщ ĄęŁó ЇїЄє 0129 .,!?:#-'\"\\{}[]&*%@";

	final List<String> locales;

	final List<GenStep> steps = new ArrayList<>();

	private final Random random;

	GeneratedScript(long seed) {
		this.random = new Random(seed);
		List<String> shuffled = new ArrayList<>(ALL_LOCALES);
		java.util.Collections.shuffle(shuffled, this.random);
		this.locales = List.copyOf(shuffled.subList(0, 1 + this.random.nextInt(shuffled.size())));
		int count = 2 + this.random.nextInt(7);
		for (int i = 0; i < count; i++) {
			this.steps.add(step(i, count));
		}
	}

	private GenStep step(int index, int count) {
		GenStep step = new GenStep();
		step.id = "s" + index;
		step.kind = List.of("none", "yesno", "buttons", "text", "number", "date").get(this.random.nextInt(6));
		if (!step.kind.equals("none") || this.random.nextBoolean()) {
			step.prompt = texts();
		}
		if (step.kind.equals("buttons")) {
			int choices = 1 + this.random.nextInt(4);
			for (int c = 0; c < choices; c++) {
				step.choices.put("v" + c, texts());
			}
		}
		if (!step.kind.equals("none")) {
			step.store = "f" + index;
			if (this.random.nextBoolean()) {
				step.branches.put(validAnswer(step), "s" + this.random.nextInt(count));
			}
		}
		if (this.random.nextInt(4) == 0) {
			step.actions.add(List.of("joinGroup", "alertModerators", "showMenu").get(this.random.nextInt(3)));
		}
		step.next = (index + 1 < count) ? "s" + (index + 1) : null;
		return step;
	}

	private String validAnswer(GenStep step) {
		return switch (step.kind) {
			case "yesno" -> this.random.nextBoolean() ? "yes" : "no";
			case "buttons" -> step.choices.keySet().iterator().next();
			case "number" -> String.valueOf(1 + this.random.nextInt(10));
			case "date" -> "2024-02-29";
			default -> "word";
		};
	}

	Map<String, String> texts() {
		Map<String, String> texts = new LinkedHashMap<>();
		for (String locale : this.locales) {
			texts.put(locale, text(1 + this.random.nextInt(60)));
		}
		return texts;
	}

	String text(int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return text.toString().strip().isEmpty() ? "x" : text.toString();
	}

	Random random() {
		return this.random;
	}

	String toYaml() {
		StringBuilder yaml = new StringBuilder();
		yaml.append("id: generated\nversion: 1\ndefaultLocale: ").append(this.locales.get(0)).append('\n');
		yaml.append("locales: [").append(String.join(", ", this.locales)).append("]\nsteps:\n");
		for (GenStep step : this.steps) {
			step.appendTo(yaml);
		}
		return yaml.toString();
	}

	static String quote(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				default -> quoted.append(c);
			}
		}
		return quoted.append('"').toString();
	}

	/** One step of a generated script. */
	static final class GenStep {

		String id;

		String kind;

		Map<String, String> prompt;

		final Map<String, Map<String, String>> choices = new LinkedHashMap<>();

		String store;

		final List<String> actions = new ArrayList<>();

		final Map<String, String> branches = new LinkedHashMap<>();

		String next;

		void appendTo(StringBuilder yaml) {
			yaml.append("  - id: ").append(this.id).append('\n');
			if (this.prompt != null) {
				yaml.append("    prompt:\n");
				this.prompt.forEach((locale,
						text) -> yaml.append("      ").append(locale).append(": ").append(quote(text)).append('\n'));
			}
			if (!this.kind.equals("none")) {
				yaml.append("    input:\n      type: ").append(this.kind).append('\n');
				if (this.kind.equals("number")) {
					yaml.append("      min: 1\n      max: 10\n");
				}
				if (this.kind.equals("buttons")) {
					yaml.append("      choices:\n");
					this.choices.forEach((value, label) -> {
						yaml.append("        - value: ").append(value).append("\n          label:\n");
						label.forEach((locale, text) -> yaml.append("            ")
							.append(locale)
							.append(": ")
							.append(quote(text))
							.append('\n'));
					});
				}
			}
			if (this.store != null) {
				yaml.append("    store: ").append(this.store).append('\n');
			}
			if (!this.actions.isEmpty()) {
				yaml.append("    actions: [").append(String.join(", ", this.actions)).append("]\n");
			}
			if (!this.branches.isEmpty()) {
				yaml.append("    branches:\n");
				this.branches.forEach((answer, target) -> yaml.append("      - when: {answer: ")
					.append(quote(answer))
					.append("}\n        goto: ")
					.append(target)
					.append('\n'));
			}
			if (this.next != null) {
				yaml.append("    next: ").append(this.next).append('\n');
			}
		}

	}

}
