package org.peersupport.checkins;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.peersupport.conversation.ActionContext;
import org.peersupport.conversation.ScriptAction;
import org.peersupport.participants.LowMood;
import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;

import org.springframework.context.ApplicationEventPublisher;

/**
 * The {@code recordMood} action of the check-in script: the answer to one prompt is
 * stored as a mood point with its time (the first answer stands), the run of unanswered
 * prompts starts again at zero, and the lowest mood is handed to safeguarding
 * ({@link LowMood}: the lines to call and the moderators' alert, once per prompt).
 */
class RecordMood implements ScriptAction {

	/** The action's name in scripts. */
	static final String NAME = "recordMood";

	private final MoodPoints moods;

	private final Schedules schedules;

	private final Participants participants;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RecordMood(MoodPoints moods, Schedules schedules, Participants participants, ApplicationEventPublisher events,
			Clock clock) {
		this.moods = moods;
		this.schedules = schedules;
		this.participants = participants;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void run(ActionContext context) {
		long chatId = context.chatId();
		long occurrence = occurrence(context);
		int mood = mood(context);
		this.moods.record(chatId, occurrence, mood, this.clock.instant());
		int stored = this.moods.find(chatId, occurrence).mood();
		this.schedules.answered(chatId);
		if (stored == 1) {
			String programme = this.participants.find(chatId).map(Participant::programme).orElse(null);
			this.events.publishEvent(new LowMood(chatId, programme, Instant.ofEpochSecond(occurrence)));
		}
	}

	/**
	 * The prompt the conversation answers, as its button started it; for a version tried
	 * in the panel's sandbox, which starts with no prompt, the conversation's start.
	 */
	static long occurrence(ActionContext context) {
		String occurrence = context.field(CheckInScript.OCCURRENCE);
		if (occurrence == null) {
			return context.conversation().startedAt().getEpochSecond();
		}
		try {
			return Instant.parse(occurrence).getEpochSecond();
		}
		catch (DateTimeParseException ex) {
			throw new IllegalStateException(
					"Script " + context.scriptKey() + " stores something else than a time as the check-in's occurrence",
					ex);
		}
	}

	private static int mood(ActionContext context) {
		String mood = context.field(CheckInScript.MOOD);
		if (mood == null || !mood.matches("[1-5]")) {
			throw new IllegalStateException(
					"Script " + context.scriptKey() + " runs " + NAME + " without a mood from 1 to 5");
		}
		return Integer.parseInt(mood);
	}

}
