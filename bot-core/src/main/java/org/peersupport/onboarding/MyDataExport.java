package org.peersupport.onboarding;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.peersupport.conversation.Conversation;
import org.peersupport.conversation.Conversations;
import org.peersupport.conversation.ScriptCatalog;
import org.peersupport.messaging.Outbox;
import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.participants.Programmes;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.Volunteers;

import org.springframework.stereotype.Component;

/**
 * A readable copy of everything kept about a person: the participant record, the
 * conversation in progress with its answers, and volunteer applications.
 */
@Component
class MyDataExport {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final Participants participants;

	private final Conversations conversations;

	private final Volunteers volunteers;

	private final Programmes programmes;

	private final ScriptCatalog scripts;

	MyDataExport(Participants participants, Conversations conversations, Volunteers volunteers, Programmes programmes,
			ScriptCatalog scripts) {
		this.participants = participants;
		this.conversations = conversations;
		this.volunteers = volunteers;
		this.programmes = programmes;
		this.scripts = scripts;
	}

	/** The export as one message text, in {@code locale}. */
	String export(long chatId, String locale) {
		List<String> lines = new ArrayList<>();
		this.participants.find(chatId).ifPresent((participant) -> participant(participant, locale, lines));
		this.conversations.find(chatId).ifPresent((conversation) -> conversation(conversation, locale, lines));
		for (Volunteer volunteer : this.volunteers.ofChat(chatId)) {
			lines.add("");
			lines.add(OnboardingTexts.get("mydata.volunteer", locale,
					OnboardingTexts.get("mydata.volunteer." + volunteer.status().name(), locale)));
			if (volunteer.programme() != null) {
				lines.add("• " + label("programme", locale) + ": "
						+ this.programmes.nameOf(volunteer.programme(), locale));
			}
			fields(volunteer.details(), AnswerLabels.of(this.scripts, volunteer.consentVersion()), locale, lines);
		}
		if (lines.isEmpty()) {
			return OnboardingTexts.get("mydata.nothing", locale);
		}
		String text = OnboardingTexts.get("mydata.title", locale) + "\n" + String.join("\n", lines);
		if (text.length() > Outbox.MAX_TEXT_LENGTH) {
			String more = "\n" + OnboardingTexts.get("mydata.more", locale);
			text = text.substring(0, Outbox.MAX_TEXT_LENGTH - more.length()) + more;
		}
		return text;
	}

	private void participant(Participant participant, String locale, List<String> lines) {
		lines.add(OnboardingTexts.get("mydata.language", locale, participant.locale()));
		if (participant.consentedAt() != null) {
			lines.add(OnboardingTexts.get("mydata.consent", locale, participant.consentVersion(),
					WHEN.format(participant.consentedAt())));
		}
		lines.add(OnboardingTexts.get("mydata.status", locale,
				OnboardingTexts.get("mydata.status." + participant.status().name(), locale)));
		if (participant.programme() != null) {
			lines.add(label("programme", locale) + ": " + this.programmes.nameOf(participant.programme(), locale));
		}
		if (!participant.profile().isEmpty()) {
			lines.add(OnboardingTexts.get("mydata.answers", locale));
			fields(participant.profile(), AnswerLabels.of(this.scripts, participant.consentVersion()), locale, lines);
		}
	}

	private void conversation(Conversation conversation, String locale, List<String> lines) {
		if (!conversation.status().isOpen()) {
			return;
		}
		lines.add("");
		lines.add(OnboardingTexts.get("mydata.conversation", locale, conversation.scriptId(), conversation.stepId()));
		fields(conversation.fields(),
				AnswerLabels.of(this.scripts, conversation.scriptId() + "@" + conversation.scriptVersion()), locale,
				lines);
	}

	private static void fields(Map<String, Object> fields, AnswerLabels labels, String locale, List<String> lines) {
		fields.forEach(
				(name, value) -> lines.add("• " + label(name, locale) + ": " + labels.display(name, value, locale)));
	}

	private static String label(String field, String locale) {
		return OnboardingTexts.getOr("field." + field, locale, field);
	}

}
