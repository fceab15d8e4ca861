package org.peersupport.scripts;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peersupport.scripts.ScriptProblem.Codes;

/**
 * The checks that look at one step alone: prompts, translations, lengths, input settings,
 * callback budget, actions and references to other steps.
 */
final class StepChecks {

	private final Script script;

	private final Step step;

	private final Set<String> actions;

	private final Set<String> choiceSources;

	private final List<ScriptProblem> problems;

	StepChecks(Script script, Step step, Set<String> actions, Set<String> choiceSources, List<ScriptProblem> problems) {
		this.script = script;
		this.step = step;
		this.actions = actions;
		this.choiceSources = choiceSources;
		this.problems = problems;
	}

	void run() {
		Input input = this.step.input();
		if (input.expectsAnswer() && !this.step.hasPrompt()) {
			report(this.step.position(), Codes.INPUT_WITHOUT_PROMPT, "Step '" + this.step.id() + "' asks for "
					+ input.type() + " input but has no prompt to tell the participant what to answer", this.step.id());
		}
		if (this.step.hasPrompt()) {
			checkTexts(this.step.prompt(), this.step.promptPosition(), "the prompt of step '" + this.step.id() + "'");
		}
		checkInput(input);
		for (ActionCall action : this.step.actions()) {
			if (this.actions != null && !this.actions.contains(action.name())) {
				report(action.position(), Codes.UNKNOWN_ACTION,
						"Unknown action '" + action.name() + "'; known actions: " + sorted(this.actions), action.name(),
						listed(this.actions));
			}
		}
		if (this.step.next() != null) {
			checkTarget(this.step.next(), this.step.nextPosition());
		}
		for (Branch branch : this.step.branches()) {
			checkTarget(branch.target(), branch.targetPosition());
		}
	}

	private void checkTexts(Map<String, String> texts, SourcePosition at, String what) {
		for (String locale : this.script.locales()) {
			if (!texts.containsKey(locale)) {
				report(at, Codes.MISSING_TRANSLATION, "No '" + locale + "' text for " + what, locale, this.step.id());
			}
		}
		texts.forEach((locale, text) -> {
			if (!this.script.locales().contains(locale)) {
				report(at, Codes.UNKNOWN_LOCALE, "The locale '" + locale + "' of " + what
						+ " is not one of the script's locales " + this.script.locales(), locale,
						String.join(", ", this.script.locales()));
			}
			if (text.length() > TelegramLimits.MESSAGE_TEXT) {
				report(at, Codes.TEXT_TOO_LONG,
						"The '" + locale + "' text of " + what + " is " + text.length()
								+ " characters; Telegram allows " + TelegramLimits.MESSAGE_TEXT,
						locale, String.valueOf(text.length()), String.valueOf(TelegramLimits.MESSAGE_TEXT));
			}
		});
	}

	private void checkInput(Input input) {
		if (input instanceof Input.Buttons buttons) {
			checkButtons(buttons);
		}
		else if (input instanceof Input.Text text && text.minLength() > text.maxLength()) {
			report(input.position(), Codes.INVALID_RANGE,
					"minLength " + text.minLength() + " is greater than maxLength " + text.maxLength(),
					String.valueOf(text.minLength()), String.valueOf(text.maxLength()));
		}
		else if (input instanceof Input.Number number && number.min() != null && number.max() != null
				&& number.min().compareTo(number.max()) > 0) {
			report(input.position(), Codes.INVALID_RANGE,
					"min " + plain(number.min()) + " is greater than max " + plain(number.max()), plain(number.min()),
					plain(number.max()));
		}
		if ((input instanceof Input.Buttons || input instanceof Input.YesNo || input.optional())
				&& CallbackBudget.bytes(this.step.id()) > CallbackBudget.STEP_ID_BYTES) {
			report(this.step.position(), Codes.CALLBACK_DATA_TOO_LONG,
					"Step id '" + this.step.id() + "' is " + CallbackBudget.bytes(this.step.id())
							+ " bytes; a step with buttons may have at most " + CallbackBudget.STEP_ID_BYTES
							+ " so that its callback data fits in " + CallbackBudget.TOTAL_BYTES + " bytes",
					this.step.id(), String.valueOf(CallbackBudget.bytes(this.step.id())),
					String.valueOf(CallbackBudget.STEP_ID_BYTES));
		}
	}

	private void checkButtons(Input.Buttons buttons) {
		if (buttons.fromSource() && !this.choiceSources.contains(buttons.choicesFrom())) {
			report(buttons.position(), Codes.UNKNOWN_CHOICE_SOURCE, "Unknown choice source '" + buttons.choicesFrom()
					+ "'; known sources: " + sorted(this.choiceSources), buttons.choicesFrom(),
					listed(this.choiceSources));
		}
		Set<String> values = new HashSet<>();
		for (Choice choice : buttons.choices()) {
			if (!values.add(choice.value())) {
				report(choice.position(), Codes.DUPLICATE_CHOICE, "Another choice of step '" + this.step.id()
						+ "' already has the value '" + choice.value() + "'", this.step.id(), choice.value());
			}
			int bytes = CallbackBudget.bytes(choice.value());
			if (bytes > CallbackBudget.VALUE_BYTES) {
				report(choice.position(), Codes.CALLBACK_DATA_TOO_LONG,
						"Choice value '" + choice.value() + "' is " + bytes + " bytes of UTF-8; at most "
								+ CallbackBudget.VALUE_BYTES + " fit in Telegram's " + CallbackBudget.TOTAL_BYTES
								+ "-byte callback data",
						choice.value(), String.valueOf(bytes), String.valueOf(CallbackBudget.VALUE_BYTES));
			}
			checkTexts(choice.label(), choice.position(),
					"the label of choice '" + choice.value() + "' in step '" + this.step.id() + "'");
		}
	}

	private void checkTarget(String target, SourcePosition at) {
		if (this.script.step(target).isEmpty()) {
			report(at, Codes.UNKNOWN_STEP,
					"Step '" + this.step.id() + "' goes to '" + target + "', but there is no step with that id",
					this.step.id(), target);
		}
	}

	private void report(SourcePosition at, String code, String message, String... arguments) {
		this.problems.add(ScriptProblem.at(at, code, message, arguments));
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private static List<String> sorted(Set<String> names) {
		return names.stream().sorted().toList();
	}

	/** The names, sorted, as one comma-separated text for a sentence. */
	private static String listed(Set<String> names) {
		return String.join(", ", sorted(names));
	}

}
