package org.peersupport.conversation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.peersupport.messaging.Button;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.OutboxRef;
import org.peersupport.messaging.Outgoing;
import org.peersupport.messaging.Replies;
import org.peersupport.scripts.ActionCall;
import org.peersupport.scripts.Input;
import org.peersupport.scripts.Script;
import org.peersupport.scripts.Step;
import org.peersupport.scripts.Transitions;

/**
 * Moves a conversation through its script: shows a step, stores an answer, runs actions,
 * follows transitions until a step waits for an answer or the script ends.
 */
final class StepRunner {

	private final Prompts prompts;

	private final ChoiceSources sources;

	private final ScriptActions actions;

	private final ProgrammeFacts facts;

	StepRunner(Prompts prompts, ChoiceSources sources, ScriptActions actions, ProgrammeFacts facts) {
		this.prompts = prompts;
		this.sources = sources;
		this.actions = actions;
		this.facts = facts;
	}

	/**
	 * Enters a step: shows it; a step without input runs its actions and moves on, until
	 * a step waits for an answer or the script ends.
	 */
	void enter(Conversation conversation, Script script, Step first, InboundEvent event, Replies replies) {
		Step step = first;
		while (step != null) {
			conversation.moveTo(step.id());
			show(conversation, script, step, replies, null);
			if (step.input().expectsAnswer()) {
				return;
			}
			runActions(conversation, script, step, event, replies);
			step = script.nextStep(step, this.facts.with(conversation.fields()), null).orElse(null);
		}
		conversation.finish();
	}

	/**
	 * Shows the step's prompt (or {@code lead} instead of it) with the step's buttons;
	 * the buttons of the message shown before are removed, so only one keyboard is live.
	 */
	void show(Conversation conversation, Script script, Step step, Replies replies, String lead) {
		removeKeyboard(conversation, replies);
		String text = (lead != null) ? lead : this.prompts.text(script, step, conversation);
		if (text == null) {
			return;
		}
		List<List<Button>> keyboard = this.prompts.keyboard(script, step, input(conversation, step), conversation);
		OutboxRef ref = replies.send(text, keyboard);
		if (!keyboard.isEmpty()) {
			conversation.promptSent(ref.entryId());
		}
	}

	/**
	 * Takes the buttons off the message that shows the current step's keyboard, if any.
	 */
	void removeKeyboard(Conversation conversation, Replies replies) {
		if (conversation.promptEntryId() != null) {
			replies.put(new Outgoing.EditButtons(conversation.chatId(),
					Outgoing.MessageTarget.entry(new OutboxRef(conversation.promptEntryId())), List.of()));
			conversation.promptSent(null);
		}
	}

	/** The step's input with configured choices filled in. */
	Input input(Conversation conversation, Step step) {
		return this.sources.resolve(step.input(), conversation.fields(), conversation.locale());
	}

	/**
	 * Takes an accepted (or skipped) answer: stores it, runs the step's actions, and
	 * enters the next step.
	 */
	void accept(Conversation conversation, Script script, Step step, Object answer, InboundEvent event,
			Replies replies) {
		if (answer != null && step.store() != null) {
			conversation.store(step.store(), stored(answer));
		}
		runActions(conversation, script, step, event, replies);
		Optional<Step> next = script.nextStep(step, this.facts.with(conversation.fields()), answer);
		if (next.isPresent()) {
			enter(conversation, script, next.get(), event, replies);
		}
		else {
			conversation.finish();
		}
	}

	private void runActions(Conversation conversation, Script script, Step step, InboundEvent event, Replies replies) {
		for (ActionCall call : step.actions()) {
			this.actions.named(call.name(), script).run(ActionContext.of(conversation, script, call, event, replies));
		}
	}

	/** A typed answer as it is stored: text, or a list of text. */
	static Object stored(Object answer) {
		if (answer instanceof Collection<?> values) {
			return values.stream().map(Transitions::asText).toList();
		}
		return Transitions.asText(answer);
	}

}
