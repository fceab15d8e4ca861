package org.peersupport.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.ChatType;
import org.peersupport.messaging.InboundKind;
import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.Replies;
import org.peersupport.safety.Handoff;
import org.peersupport.scripts.AnswerParser;
import org.peersupport.scripts.Input;
import org.peersupport.scripts.ParsedAnswer;
import org.peersupport.scripts.RuntimeTexts;
import org.peersupport.scripts.Script;
import org.peersupport.scripts.Step;

/**
 * Runs scripts for chats. Each entry point handles one update: it reads the chat's
 * conversation, makes its replies (always the same ones for the same stored state), and
 * saves the new state last, conditional on the version read and recording the update's
 * receipt, so an update handled again does nothing twice.
 */
public class ConversationRuntime {

	private final Conversations conversations;

	private final ScriptCatalog catalog;

	private final StepRunner steps;

	private final Prompts prompts;

	private final AnswerParser parser;

	private final RuntimeTexts texts;

	private final Handoff handoff;

	private final ConversationProperties properties;

	private final Outbox outbox;

	private final Clock clock;

	ConversationRuntime(Conversations conversations, ScriptCatalog catalog, StepRunner steps, Prompts prompts,
			Handoff handoff, ConversationProperties properties, Outbox outbox, Clock clock) {
		this.conversations = conversations;
		this.catalog = catalog;
		this.steps = steps;
		this.prompts = prompts;
		this.texts = RuntimeTexts.bundled();
		this.parser = new AnswerParser(this.texts);
		this.handoff = handoff;
		this.properties = properties;
		this.outbox = outbox;
		this.clock = clock;
	}

	/** The chat's conversation if it still waits for an answer. */
	public Optional<Conversation> open(long chatId) {
		return this.conversations.findOpen(chatId);
	}

	/**
	 * Whether the chat's open conversation takes this message as an answer. One that a
	 * feature's prompt started ({@link #startAnswered}) takes, at a step that waits for a
	 * button, only its buttons' words: anything else the person writes goes where it
	 * would have gone without it (a volunteer's relay, the "written to us" answer), as
	 * before they answered the prompt. Every other open conversation takes every message.
	 */
	public boolean takes(InboundEvent event) {
		Conversation conversation = open(event.chatId()).orElse(null);
		if (conversation == null) {
			return false;
		}
		if (!conversation.fromPrompt()) {
			return true;
		}
		Script script = script(conversation);
		Input input = this.steps.input(conversation, currentStep(conversation, script));
		if (!(input instanceof Input.Buttons)) {
			return true;
		}
		String raw = (event.kind() == InboundKind.TEXT) ? event.text() : "";
		return !(parse(conversation, input, raw) instanceof ParsedAnswer.Rejected);
	}

	/** Whether the chat's open conversation runs a plain-language script. */
	public boolean inPlainLanguage(long chatId) {
		return open(chatId).map((conversation) -> script(conversation).plainLanguage()).orElse(false);
	}

	/**
	 * Starts the published version of a script in the event's chat, replacing any
	 * conversation it had.
	 * @param preset fields known before the first step (e.g. a programme from an
	 * invitation link)
	 * @param locale the language to start in (e.g. the person's Telegram language)
	 */
	public void start(InboundEvent event, Replies replies, String scriptId, Map<String, Object> preset, String locale) {
		Conversation conversation = this.conversations.find(event.chatId())
			.orElseGet(() -> Conversation.create(event.chatId()));
		if (conversation.handled(event)) {
			return;
		}
		Script script = this.catalog.published(scriptId);
		String start = script.locales().contains(locale) ? locale : script.defaultLocale();
		if (conversation.status() != null && conversation.status().isOpen()) {
			this.steps.removeKeyboard(conversation, replies);
		}
		conversation.begin(script, start, preset, this.clock.instant());
		this.steps.enter(conversation, script, script.firstStep(), event, replies);
		save(conversation, event);
	}

	/**
	 * Starts a stored version of a script in the event's chat with its first step
	 * answered already: for a first question a feature sent before any conversation (a
	 * due check-in's prompt, sent by a job with the feature's own buttons), answered by a
	 * press of one of them. The pressed message shows the answer under the step's prompt,
	 * the step's actions run and the conversation goes on from there, replacing any
	 * conversation the chat had.
	 * @param version the version whose first step the person saw
	 * @param preset fields known before the first step (e.g. which prompt was answered)
	 * @param value the first step's answer as a button carries it
	 * @throws IllegalArgumentException if the first step does not accept {@code value}
	 */
	public void startAnswered(InboundEvent event, Replies replies, String scriptId, int version,
			Map<String, Object> preset, String locale, String value) {
		Conversation conversation = this.conversations.find(event.chatId())
			.orElseGet(() -> Conversation.create(event.chatId()));
		if (conversation.handled(event)) {
			return;
		}
		Script script = this.catalog.version(scriptId, version);
		String start = script.locales().contains(locale) ? locale : script.defaultLocale();
		if (conversation.status() != null && conversation.status().isOpen()) {
			this.steps.removeKeyboard(conversation, replies);
		}
		conversation.begin(script, start, preset, this.clock.instant());
		conversation.beganFromPrompt();
		Step first = script.firstStep();
		Input input = this.steps.input(conversation, first);
		if (!(parse(conversation, input, value) instanceof ParsedAnswer.Accepted accepted)) {
			throw new IllegalArgumentException(
					"The first step of " + script.key() + " does not take the answer its feature's button carries");
		}
		String shown = this.prompts.shownAnswer(script, input, accepted.value(), false, conversation);
		replies.editPressedMessage(this.prompts.text(script, first, conversation) + "\n\n» " + shown, List.of());
		this.steps.accept(conversation, script, first, accepted.value(), event, replies);
		save(conversation, event);
	}

	/**
	 * Starts a stored version of a script, published or not, in a private chat without an
	 * update asking for it: for trying a draft in a sandbox chat only, never for real
	 * people. Replaces any conversation the chat had; later answers run on this version.
	 * @param locale the language to start in, if the script has it
	 */
	public void startDraft(long chatId, String scriptId, int version, String locale) {
		Script script = this.catalog.version(scriptId, version);
		Conversation conversation = this.conversations.find(chatId).orElseGet(() -> Conversation.create(chatId));
		String origin = "draft:" + chatId + ":" + (conversation.run() + 1);
		// No update asked for it: the trigger is named by the draft's origin.
		InboundEvent trigger = new InboundEvent(0, InboundKind.OTHER, chatId, ChatType.PRIVATE, chatId, null, null,
				null, null, null, locale, null, null, this.clock.instant(), origin);
		Replies replies = this.outbox.repliesUnder(origin, trigger);
		if (conversation.status() != null && conversation.status().isOpen()) {
			this.steps.removeKeyboard(conversation, replies);
		}
		String start = script.locales().contains(locale) ? locale : script.defaultLocale();
		conversation.begin(script, start, Map.of(), this.clock.instant());
		this.steps.enter(conversation, script, script.firstStep(), trigger, replies);
		this.conversations.save(conversation);
	}

	/**
	 * Continues an open conversation where it stopped: shows the current step again.
	 * @return false if the chat has no open conversation
	 */
	public boolean resume(InboundEvent event, Replies replies) {
		Conversation conversation = open(event.chatId()).orElse(null);
		if (conversation == null) {
			return false;
		}
		if (!conversation.handled(event)) {
			conversation.resume();
			Script script = script(conversation);
			replies.send(ConversationTexts.get("resume", script.plainLanguage(), conversation.locale()));
			this.steps.show(conversation, script, currentStep(conversation, script), replies, null);
			save(conversation, event);
		}
		return true;
	}

	/**
	 * Stops the chat's open conversation.
	 * @return false if there was none
	 */
	public boolean cancel(InboundEvent event, Replies replies) {
		Conversation conversation = open(event.chatId()).orElse(null);
		if (conversation == null) {
			return false;
		}
		if (!conversation.handled(event)) {
			this.steps.removeKeyboard(conversation, replies);
			conversation.cancel();
			save(conversation, event);
		}
		return true;
	}

	/** Changes the language of the chat's open conversation, if it has one. */
	public void changeLocale(InboundEvent event, String locale) {
		Conversation conversation = open(event.chatId()).orElse(null);
		if (conversation != null && !conversation.handled(event) && script(conversation).locales().contains(locale)) {
			conversation.changeLocale(locale);
			save(conversation, event);
		}
	}

	/** A typed message (or a sticker, photo …) in a chat with an open conversation. */
	void answer(InboundEvent event, Replies replies) {
		Conversation conversation = open(event.chatId()).orElse(null);
		if (conversation == null || conversation.handled(event)) {
			return;
		}
		if (replies.screening().isCrisis()) {
			// The crisis check has answered; the words are not an answer, and no question
			// should follow them: the conversation waits until the person comes back.
			pauseAfterCrisis(conversation, replies);
			save(conversation, event);
			return;
		}
		resumeIfPaused(conversation);
		Script script = script(conversation);
		Step step = currentStep(conversation, script);
		String raw = (event.kind() == InboundKind.TEXT) ? event.text() : "";
		Input input = this.steps.input(conversation, step);
		ParsedAnswer parsed = parse(conversation, input, raw);
		if (parsed instanceof ParsedAnswer.Rejected rejected) {
			reject(conversation, script, step, rejected, event, replies);
		}
		else {
			this.steps.removeKeyboard(conversation, replies);
			this.steps.accept(conversation, script, step, accepted(parsed), event, replies);
		}
		save(conversation, event);
	}

	/** A press of a conversation button. */
	void press(InboundEvent event, Replies replies) {
		Conversation conversation = open(event.chatId()).orElse(null);
		if (conversation != null && conversation.handled(event)) {
			return;
		}
		Script script = (conversation != null) ? script(conversation) : null;
		Optional<String> value = (script != null) ? this.prompts.pressedValue(conversation, script, event.buttonData())
				: Optional.empty();
		if (value.isEmpty()) {
			String locale = (conversation != null) ? conversation.locale() : event.languageCode();
			replies.answerButton(
					this.texts.text("callback.expired", script != null && script.plainLanguage(), locale(locale)));
			return;
		}
		replies.answerButton(null);
		resumeIfPaused(conversation);
		Step step = currentStep(conversation, script);
		Input input = this.steps.input(conversation, step);
		if (input instanceof Input.Buttons buttons && buttons.multiple() && !Prompts.DONE.equals(value.get())
				&& !AnswerParser.SKIP.equals(value.get())) {
			conversation.toggle(value.get());
			replies.editPressedMessage(this.prompts.text(script, step, conversation),
					this.prompts.keyboard(script, step, input, conversation));
		}
		else {
			String raw = Prompts.DONE.equals(value.get()) ? String.join(",", conversation.selection()) : value.get();
			ParsedAnswer parsed = parse(conversation, input, raw);
			if (parsed instanceof ParsedAnswer.Rejected rejected) {
				reject(conversation, script, step, rejected, event, replies);
			}
			else {
				Object answer = accepted(parsed);
				String shown = this.prompts.shownAnswer(script, input, answer, answer == null, conversation);
				replies.editPressedMessage(this.prompts.text(script, step, conversation) + "\n\n» " + shown, List.of());
				conversation.promptSent(null);
				this.steps.accept(conversation, script, step, answer, event, replies);
			}
		}
		save(conversation, event);
	}

	private void reject(Conversation conversation, Script script, Step step, ParsedAnswer.Rejected rejected,
			InboundEvent event, Replies replies) {
		Locale locale = locale(conversation.locale());
		if (conversation.rejections() < this.properties.maxReasks()) {
			conversation.reject();
			this.steps.show(conversation, script, step, replies,
					this.texts.reask(rejected, locale, script.plainLanguage()));
			return;
		}
		// Asked too often: never back into the loop. The person is handed over (a "talk
		// to
		// a person" request once they are a participant, else the team's list), and moves
		// on: past an optional question, or out of the conversation until they come back.
		conversation.resetRejections();
		OptionalLong request = this.handoff.toAPerson(replies, event.chatId(), script.key() + "/" + step.id());
		this.steps.removeKeyboard(conversation, replies);
		boolean plain = script.plainLanguage();
		String told = request.isPresent()
				? this.texts.text("handoff.request", plain, locale, String.valueOf(request.getAsLong()))
				: this.texts.text("handoff.team", plain, locale);
		if (this.steps.input(conversation, step).optional()) {
			replies.send(this.texts.text("handoff.skipped", plain, locale) + " " + told);
			this.steps.accept(conversation, script, step, null, event, replies);
		}
		else {
			conversation.pause();
			replies.send(this.texts.text("handoff.paused", plain, locale) + " " + told + " "
					+ this.texts.text("handoff.go-on", plain, locale));
		}
	}

	/**
	 * Pauses the conversation after a crisis message and says how to go on later; its
	 * question is not asked again now.
	 */
	private void pauseAfterCrisis(Conversation conversation, Replies replies) {
		this.steps.removeKeyboard(conversation, replies);
		if (conversation.status() == ConversationStatus.ACTIVE) {
			conversation.pause();
		}
		replies
			.send(ConversationTexts.get("crisis-paused", script(conversation).plainLanguage(), conversation.locale()));
	}

	private ParsedAnswer parse(Conversation conversation, Input input, String raw) {
		return this.parser.parseAnswer(input, raw, locale(conversation.locale()), LocalDate.now(this.clock));
	}

	private static Object accepted(ParsedAnswer parsed) {
		return (parsed instanceof ParsedAnswer.Accepted accepted) ? accepted.value() : null;
	}

	private void resumeIfPaused(Conversation conversation) {
		if (conversation.status() == ConversationStatus.PAUSED) {
			conversation.resume();
		}
	}

	private Script script(Conversation conversation) {
		return this.catalog.version(conversation.scriptId(), conversation.scriptVersion());
	}

	private static Step currentStep(Conversation conversation, Script script) {
		return script.step(conversation.stepId())
			.orElseThrow(() -> new IllegalStateException(
					conversation + " waits at a step its script " + script.key() + " does not have"));
	}

	private void save(Conversation conversation, InboundEvent event) {
		conversation.markHandled(event, this.clock.instant());
		this.conversations.save(conversation);
	}

	static Locale locale(String language) {
		return Locale.forLanguageTag((language != null) ? language : "en");
	}

}
