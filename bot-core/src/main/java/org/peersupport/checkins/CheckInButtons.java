package org.peersupport.checkins;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.peersupport.conversation.ConversationRuntime;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Outgoing;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;
import org.peersupport.messaging.SendPriority;
import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.participants.LowMood;
import org.peersupport.scripts.RuntimeTexts;
import org.peersupport.scripts.Script;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Presses of the check-in prompt's buttons: the check-in script ({@link CheckInScript})
 * goes on from its first step with the mood pressed, in the version the prompt was sent
 * with. Presses of the buttons sent before the check-in was a script (what would help, a
 * word, nothing) are still answered as they were then; so is a mood when no version of
 * the script is usable (mood 1 with the programme's lines to call, and {@link LowMood}
 * for safety).
 */
class CheckInButtons implements InboundHandler {

	/** How long the next message is taken as the word about the day. */
	static final Duration WORD_WAIT = Duration.ofHours(1);

	private final Prompts prompts;

	private final MoodPoints moods;

	private final Schedules schedules;

	private final Participants participants;

	private final MongoOperations mongo;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CheckInScript script;

	private final ConversationRuntime runtime;

	CheckInButtons(Prompts prompts, MoodPoints moods, Schedules schedules, Participants participants,
			MongoOperations mongo, ApplicationEventPublisher events, Clock clock, CheckInScript script,
			ConversationRuntime runtime) {
		this.script = script;
		this.runtime = runtime;
		this.prompts = prompts;
		this.moods = moods;
		this.schedules = schedules;
		this.participants = participants;
		this.mongo = mongo;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Route route() {
		return Route.buttons(Prompts.OWNER);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		String payload = this.prompts.payload(event).orElse("");
		Prompts.Voice voice = this.prompts.voice(event.chatId());
		String locale = voice.locale();
		boolean plain = voice.plain();
		if (payload.matches("m:[0-9]{1,12}:[1-5](:[0-9]{1,9}p?)?")) {
			String[] parts = payload.split(":");
			long occurrence = Long.parseLong(parts[1]);
			int mood = Integer.parseInt(parts[2]);
			// A prompt names the version it was sent with; one sent before prompts came
			// from the script names none and goes on in the current version.
			boolean plainScript = (parts.length == 4) ? parts[3].endsWith("p") : plain;
			Optional<Script> script = (parts.length == 4)
					? this.script.sentWith(plainScript, Integer.parseInt(parts[3].replace("p", "")))
					: this.script.current(plainScript);
			if (script.isPresent()) {
				scripted(event, replies, script.get(), occurrence, mood, locale);
			}
			else {
				mood(event, replies, occurrence, mood, locale, plain);
			}
		}
		else if (payload.matches("h:[0-9]{1,12}")) {
			replies.answerButton(null);
			dropButtons(event, replies);
			replies.send(CheckInTexts.get("checkin.help", plain, locale));
		}
		else if (payload.matches("w:[0-9]{1,12}")) {
			long occurrence = Long.parseLong(payload.substring(2));
			this.mongo.save(new AwaitedWord(event.chatId(), occurrence, this.clock.instant().plus(WORD_WAIT)));
			replies.answerButton(null);
			dropButtons(event, replies);
			replies.send(CheckInTexts.get("checkin.word", plain, locale));
		}
		else if (payload.matches("n:[0-9]{1,12}")) {
			replies.answerButton(null);
			dropButtons(event, replies);
			replies.send(CheckInTexts.get("checkin.bye", plain, locale));
		}
		else {
			replies.answerButton(RuntimeTexts.bundled().text("callback.expired", plain, Locale.forLanguageTag(locale)));
		}
	}

	/**
	 * The check-in script goes on from its first step, answered by this press: the
	 * script's {@code recordMood} stores it, and its next steps ask what would help. A
	 * second press on an answered prompt goes on with the first answer, which stands.
	 */
	private void scripted(InboundEvent event, Replies replies, Script script, long occurrence, int pressed,
			String locale) {
		MoodPoint answered = this.moods.find(event.chatId(), occurrence);
		int mood = (answered != null) ? answered.mood() : pressed;
		replies.answerButton(null);
		this.runtime.startAnswered(event, replies, script.id(), script.version(),
				Map.of(CheckInScript.OCCURRENCE, Instant.ofEpochSecond(occurrence).toString()), locale,
				String.valueOf(mood));
	}

	/**
	 * The answer without the script (a store with no usable version of it): stored and
	 * answered with the bundle's words.
	 */
	private void mood(InboundEvent event, Replies replies, long occurrence, int mood, String locale, boolean plain) {
		long chatId = event.chatId();
		Instant now = this.clock.instant();
		this.moods.record(chatId, occurrence, mood, now);
		// The first answer to a prompt stands; a second press is shown that one.
		int stored = this.moods.find(chatId, occurrence).mood();
		this.schedules.answered(chatId);
		replies.answerButton(null);
		replies.editPressedMessage(CheckInTexts.get("checkin.answered", plain, locale,
				CheckInTexts.get("checkin.mood." + stored, plain, locale)), List.of());
		if (stored == 1) {
			// Safeguarding answers at once with the lines to call, the offer to talk to a
			// person and the team's alert, stored once per prompt (the occurrence).
			String programme = this.participants.find(chatId).map(Participant::programme).orElse(null);
			this.events.publishEvent(new LowMood(chatId, programme, Instant.ofEpochSecond(occurrence)));
		}
		String thanks = CheckInTexts.get((stored <= 2) ? "checkin.thanks.low" : "checkin.thanks", plain, locale);
		replies.send(thanks,
				List.of(List.of(this.prompts.button(chatId, "h:" + occurrence,
						CheckInTexts.get("checkin.button.help", plain, locale))),
						List.of(this.prompts.button(chatId, "w:" + occurrence,
								CheckInTexts.get("checkin.button.word", plain, locale))),
						List.of(this.prompts.button(chatId, "n:" + occurrence,
								CheckInTexts.get("checkin.button.nothing", plain, locale)))));
	}

	private static void dropButtons(InboundEvent event, Replies replies) {
		if (event.messageId() != null) {
			replies.put(new Outgoing.EditButtons(event.chatId(), Outgoing.MessageTarget.message(event.messageId()),
					List.of()));
		}
	}

}
