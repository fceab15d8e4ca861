package org.peersupport.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.peersupport.messaging.Button;
import org.peersupport.scripts.AnswerParser;
import org.peersupport.scripts.Choice;
import org.peersupport.scripts.Input;
import org.peersupport.scripts.RuntimeTexts;
import org.peersupport.scripts.Script;
import org.peersupport.scripts.Step;
import org.peersupport.scripts.Templates;

/**
 * What a step shows: its prompt with stored fields filled in, and its buttons with signed
 * data {@code c:<run>:<step>:<value>:<signature>} bound to the chat, the conversation's
 * run, the script version and the step.
 */
final class Prompts {

	/** The owner of conversation buttons in the router. */
	static final String OWNER = "c";

	/** The value of the "Done" button of a multiple choice. */
	static final String DONE = "!done";

	private final CallbackSigner signer;

	private final RuntimeTexts texts;

	Prompts(CallbackSigner signer, RuntimeTexts texts) {
		this.signer = signer;
		this.texts = texts;
	}

	/**
	 * Escapes a stored value for the message text. Messages are plain text (no parse
	 * mode), so nothing needs escaping today; an HTML parse mode would change only this.
	 */
	static String escape(String value) {
		return value;
	}

	/** The step's prompt in the conversation's language, or null if it has none. */
	String text(Script script, Step step, Conversation conversation) {
		String template = step.prompt(conversation.locale()).or(() -> step.prompt(script.defaultLocale())).orElse(null);
		return (template != null) ? Templates.render(template, conversation.fields(), Prompts::escape) : null;
	}

	/** The step's buttons (empty for a typed answer that cannot be skipped). */
	List<List<Button>> keyboard(Script script, Step step, Input input, Conversation conversation) {
		List<List<Button>> rows = new ArrayList<>();
		Locale locale = Locale.forLanguageTag(conversation.locale());
		if (input instanceof Input.Buttons buttons) {
			for (Choice choice : buttons.choices()) {
				String label = choice.label(conversation.locale(), script.defaultLocale());
				if (buttons.multiple() && conversation.selection().contains(choice.value())) {
					label = "✓ " + label;
				}
				rows.add(List.of(button(label, conversation, script, choice.value())));
			}
			if (buttons.multiple()) {
				rows.add(List.of(button(this.texts.text("button.done", locale), conversation, script, DONE)));
			}
		}
		else if (input instanceof Input.YesNo) {
			rows.add(List.of(button(this.texts.text("button.yes", locale), conversation, script, "yes"),
					button(this.texts.text("button.no", locale), conversation, script, "no")));
		}
		if (input.optional()) {
			rows.add(List.of(button(this.texts.text("button.skip", locale), conversation, script, AnswerParser.SKIP)));
		}
		return rows;
	}

	/** How an answer is shown under its prompt once given. */
	String shownAnswer(Script script, Input input, Object answer, boolean skipped, Conversation conversation) {
		Locale locale = Locale.forLanguageTag(conversation.locale());
		if (skipped) {
			return this.texts.text("button.skip", locale);
		}
		if (input instanceof Input.Buttons buttons) {
			List<String> values = (answer instanceof List<?> list) ? list.stream().map(Object::toString).toList()
					: List.of(String.valueOf(answer));
			return String.join(", ",
					values.stream().map((value) -> label(script, buttons, value, conversation)).toList());
		}
		if (answer instanceof Boolean yes) {
			return this.texts.text(yes ? "button.yes" : "button.no", locale);
		}
		return escape(String.valueOf(answer));
	}

	/**
	 * The value a press carries, if the data is signed for the conversation's current
	 * step.
	 */
	Optional<String> pressedValue(Conversation conversation, Script script, String data) {
		return this.signer.verify(conversation.chatId(), data, script.key()).flatMap((payload) -> {
			String[] parts = payload.split(":", 3);
			boolean current = parts.length == 3 && parts[0].equals(run(conversation))
					&& parts[1].equals(conversation.stepId());
			return current ? Optional.of(parts[2]) : Optional.empty();
		});
	}

	private Button button(String label, Conversation conversation, Script script, String value) {
		String payload = run(conversation) + ":" + conversation.stepId() + ":" + value;
		return new Button(label, this.signer.sign(conversation.chatId(), OWNER, payload, script.key()));
	}

	private static String label(Script script, Input.Buttons buttons, String value, Conversation conversation) {
		return buttons.choices()
			.stream()
			.filter((choice) -> choice.value().equals(value))
			.findFirst()
			.map((choice) -> choice.label(conversation.locale(), script.defaultLocale()))
			.orElse(value);
	}

	/** The run number in base 36, two characters at most (the MAC binds the rest). */
	private static String run(Conversation conversation) {
		return Integer.toString(conversation.run() % 1296, 36);
	}

}
