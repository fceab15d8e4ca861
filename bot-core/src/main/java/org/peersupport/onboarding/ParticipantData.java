package org.peersupport.onboarding;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.peersupport.conversation.ShownAnswers;
import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.participants.PersonalData;
import org.peersupport.participants.Programmes;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The participant record in {@code /mydata}: language, consent, status, programme and the
 * onboarding's answers; erased with the person.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ParticipantData implements PersonalData {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final Participants participants;

	private final Programmes programmes;

	private final ShownAnswers answers;

	ParticipantData(Participants participants, Programmes programmes, ShownAnswers answers) {
		this.participants = participants;
		this.programmes = programmes;
		this.answers = answers;
	}

	@Override
	public List<String> describe(long chatId, String locale, boolean plain) {
		Participant participant = this.participants.find(chatId).orElse(null);
		if (participant == null) {
			return List.of();
		}
		List<String> lines = new ArrayList<>();
		lines.add(OnboardingTexts.get("mydata.language", plain, locale, languageName(participant.locale())));
		if (participant.consentedAt() != null) {
			lines.add(OnboardingTexts.get("mydata.consent", plain, locale, versionOf(participant.consentVersion()),
					WHEN.format(participant.consentedAt())));
		}
		lines.add(OnboardingTexts.get("mydata.status", plain, locale,
				OnboardingTexts.get("mydata.status." + participant.status().name(), plain, locale)));
		if (participant.programme() != null) {
			lines.add(ShownAnswers.label("programme", locale, plain) + ": "
					+ this.programmes.nameOf(participant.programme(), locale));
		}
		if (!participant.profile().isEmpty()) {
			lines.add(OnboardingTexts.get("mydata.answers", plain, locale));
			lines.addAll(this.answers.lines(participant.profile(), participant.consentVersion(), locale, plain));
		}
		return lines;
	}

	/** The version number of a consent text ({@code 2} of {@code onboarding@2}). */
	static String versionOf(String consentVersion) {
		if (consentVersion == null) {
			return "";
		}
		return consentVersion.substring(consentVersion.lastIndexOf('@') + 1);
	}

	/**
	 * A language in its own words ("Русский", "Polski"), as the language buttons show it.
	 */
	static String languageName(String code) {
		if (code == null) {
			return "";
		}
		Locale language = Locale.forLanguageTag(code);
		String name = language.getDisplayLanguage(language);
		return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(language) + name.substring(1);
	}

	@Override
	public void erase(long chatId) {
		this.participants.erase(chatId);
	}

}
