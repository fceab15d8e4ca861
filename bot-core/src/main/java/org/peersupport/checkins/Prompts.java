package org.peersupport.checkins;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.peersupport.conversation.CallbackSigner;
import org.peersupport.messaging.Button;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.Outgoing;
import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.participants.Programmes;
import org.peersupport.scripts.Choice;
import org.peersupport.scripts.Script;

/**
 * The words and buttons of the check-in: the prompt with its 1–5 scale, the first step of
 * the check-in script ({@link CheckInScript}) in the person's language and, for a
 * plain-language programme, of the plain script.
 */
class Prompts {

	/** The owner of the feature's buttons ({@code ci:<payload>:<signature>}). */
	static final String OWNER = "ci";

	private final Participants participants;

	private final Programmes programmes;

	private final CallbackSigner signer;

	private final CheckInScript script;

	Prompts(Participants participants, Programmes programmes, CallbackSigner signer, CheckInScript script) {
		this.participants = participants;
		this.programmes = programmes;
		this.signer = signer;
		this.script = script;
	}

	/** "How are you today?" with five buttons, for one occurrence. */
	Outgoing.SendMessage prompt(CheckInSchedule schedule, Instant occurrence) {
		return prompt(schedule, occurrence, "checkin.prompt");
	}

	/**
	 * The gentle follow-up after several unanswered prompts: that it is all right, and
	 * the same question with its buttons, for one occurrence.
	 */
	Outgoing.SendMessage followUp(CheckInSchedule schedule, Instant occurrence) {
		return prompt(schedule, occurrence, "checkin.follow-up");
	}

	private Outgoing.SendMessage prompt(CheckInSchedule schedule, Instant occurrence, String textKey) {
		long chatId = schedule.chatId();
		Voice voice = voice(chatId);
		String locale = voice.locale();
		boolean plain = voice.plain();
		Script script = this.script.current(plain).orElse(null);
		if (script == null) {
			// No usable version at all (never so with the shipped ones): the bundle's
			// words.
			List<Button> scale = new ArrayList<>();
			for (int mood = 1; mood <= 5; mood++) {
				scale.add(button(chatId, "m:" + occurrence.getEpochSecond() + ":" + mood,
						CheckInTexts.get("checkin.mood." + mood, plain, locale)));
			}
			return new Outgoing.SendMessage(chatId, false, CheckInTexts.get(textKey, plain, locale), List.of(scale));
		}
		// The version and whether it is the plain script travel in the buttons: the
		// answer
		// goes on in the version the person saw.
		String version = ":" + script.version() + (plain ? "p" : "");
		List<Button> scale = new ArrayList<>();
		for (Choice mood : CheckInScript.scale(script)) {
			scale.add(button(chatId, "m:" + occurrence.getEpochSecond() + ":" + mood.value() + version,
					mood.label(locale, script.defaultLocale())));
		}
		String text = "checkin.prompt".equals(textKey) ? CheckInScript.prompt(script, locale)
				: CheckInTexts.get(textKey, plain, locale);
		return new Outgoing.SendMessage(chatId, false, text, List.of(scale));
	}

	Button button(long chatId, String payload, String label) {
		return new Button(label, this.signer.sign(chatId, OWNER, payload, OWNER));
	}

	/**
	 * The payload of one of this feature's buttons, if its signature holds in this chat.
	 */
	Optional<String> payload(InboundEvent event) {
		return this.signer.verify(event.chatId(), event.buttonData(), OWNER);
	}

	String locale(long chatId) {
		return voice(chatId).locale();
	}

	/** How the person is spoken to, from one read of their record. */
	Voice voice(long chatId) {
		Participant participant = this.participants.find(chatId).orElse(null);
		if (participant == null) {
			return new Voice("en", false);
		}
		String locale = (participant.locale() != null) ? participant.locale() : "en";
		return new Voice(locale, this.programmes.plainLanguage(participant.programme()));
	}

	/**
	 * How the feature speaks to a person.
	 *
	 * @param locale their language
	 * @param plain whether their programme is in plain language
	 */
	record Voice(String locale, boolean plain) {
	}

}
