package org.peersupport.conversation;

import java.util.Collection;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.scripts.Choice;
import org.peersupport.scripts.Input;
import org.peersupport.scripts.Script;
import org.peersupport.scripts.Step;

/**
 * Turns stored answers back into the words the person saw: a button's value (e.g.
 * {@code job}) becomes its label in the person's language ("Job help"), yes/no becomes
 * the localized word. The labels come from the exact script version that asked the
 * question; an answer that no button gave (free text, numbers, dates, or a script that is
 * no longer stored) is shown as it was stored.
 */
class AnswerLabels {

	private static final Logger log = LoggerFactory.getLogger(AnswerLabels.class);

	/** The field the time-zone question stores (its buttons come from configuration). */
	private static final String TIME_ZONE = "timeZone";

	private final Script script;

	private final ChoiceSources sources;

	private AnswerLabels(Script script, ChoiceSources sources) {
		this.script = script;
		this.sources = sources;
	}

	/** Labels from the script version named {@code script@version}, if it is stored. */
	static AnswerLabels of(ScriptCatalog catalog, String scriptKey) {
		return of(catalog, null, scriptKey);
	}

	/**
	 * Labels from the script version named {@code script@version}, and for a question
	 * whose buttons came from configuration ({@code choicesFrom: skills}), from
	 * {@code sources}.
	 */
	static AnswerLabels of(ScriptCatalog catalog, ChoiceSources sources, String scriptKey) {
		Script script = null;
		int at = (scriptKey != null) ? scriptKey.lastIndexOf('@') : -1;
		if (at > 0) {
			try {
				script = catalog.version(scriptKey.substring(0, at), Integer.parseInt(scriptKey.substring(at + 1)));
			}
			catch (NumberFormatException | IllegalStateException ex) {
				log.debug("No stored script {} for answer labels", scriptKey);
			}
		}
		return new AnswerLabels(script, sources);
	}

	/**
	 * The stored value of {@code field} as the person would read it in {@code locale}.
	 */
	String display(String field, Object value, String locale) {
		if (value instanceof Boolean yes) {
			return ConversationTexts.get(yes ? "answer.yes" : "answer.no", locale);
		}
		if (value instanceof Collection<?> values) {
			return String.join(", ", values.stream().map((one) -> display(field, one, locale)).toList());
		}
		String stored = String.valueOf(value);
		if (TIME_ZONE.equals(field)) {
			return ZoneNames.city(stored, locale);
		}
		Optional<String> fromSource = sourceLabel(field, stored, locale);
		if (fromSource.isPresent()) {
			return fromSource.get();
		}
		return choice(field, stored).map((choice) -> choice.label(locale, this.script.defaultLocale())).orElse(stored);
	}

	private Optional<String> sourceLabel(String field, String value, String locale) {
		if (this.script == null || this.sources == null) {
			return Optional.empty();
		}
		for (Step step : this.script.steps()) {
			if (field.equals(step.store()) && step.input() instanceof Input.Buttons buttons && buttons.fromSource()) {
				return this.sources.label(buttons.choicesFrom(), value, locale);
			}
		}
		return Optional.empty();
	}

	private Optional<Choice> choice(String field, String value) {
		if (this.script == null) {
			return Optional.empty();
		}
		for (Step step : this.script.steps()) {
			if (field.equals(step.store()) && step.input() instanceof Input.Buttons buttons) {
				for (Choice choice : buttons.choices()) {
					if (choice.value().equals(value)) {
						return Optional.of(choice);
					}
				}
			}
		}
		return Optional.empty();
	}

}
