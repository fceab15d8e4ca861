package org.peersupport.safety;

import java.util.ArrayList;
import java.util.List;

import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.participants.Programme;
import org.peersupport.participants.Programmes;

/**
 * The lines to call: 112, and the programme's own support line (and its violence line for
 * violence) when it gives one in the person's language, never one of another language; in
 * the plain-language variant for a plain-language programme.
 */
public class Hotline {

	private final Participants participants;

	private final Programmes programmes;

	public Hotline(Participants participants, Programmes programmes) {
		this.participants = participants;
		this.programmes = programmes;
	}

	/** The lines to call for the person in this chat, in {@code locale}. */
	public String textFor(long chatId, String locale) {
		String programmeKey = this.participants.find(chatId).map(Participant::programme).orElse(null);
		Programme programme = this.programmes.findOrFirst(programmeKey);
		boolean plain = programme.key().equals(programmeKey) && programme.plainLanguage();
		return String.join("\n", lines(programme, null, locale, plain, SafetyTexts.plain("lines.call-112", plain)));
	}

	/**
	 * The answer to a crisis message of this kind: a warm acknowledgement and 112 first,
	 * then the programme's lines, then whether the team was told.
	 * @param programmeKey the person's programme, or null if not chosen yet
	 * @param teamTold whether an alert about the person reached the team
	 */
	String crisisReply(String programmeKey, String locale, CrisisKind kind, boolean teamTold) {
		return reply(programmeKey, locale, kind, "crisis." + kind.key(), teamTold);
	}

	/**
	 * The answer to the lowest mood in a check-in: that it is hard and they are not
	 * alone, and 112 first, then the programme's lines, then whether the team was told.
	 * @param programmeKey the person's programme, or null if not known
	 * @param teamTold whether an alert about the person reached the team
	 */
	String lowMoodReply(String programmeKey, String locale, boolean teamTold) {
		return reply(programmeKey, locale, null, "mood.low", teamTold);
	}

	private String reply(String programmeKey, String locale, CrisisKind kind, String firstKey, boolean teamTold) {
		Programme programme = this.programmes.findOrFirst(programmeKey);
		boolean plain = programme.key().equals(programmeKey) && programme.plainLanguage();
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(String.join("\n", lines(programme, kind, locale, plain, SafetyTexts.plain(firstKey, plain))));
		if (teamTold) {
			paragraphs.add(SafetyTexts.get("hotline.team-told", plain, locale));
		}
		return String.join("\n\n", paragraphs);
	}

	private static List<String> lines(Programme programme, CrisisKind kind, String locale, boolean plain,
			String firstKey) {
		List<String> lines = new ArrayList<>();
		lines.add(SafetyTexts.get(firstKey, locale));
		if (kind == CrisisKind.VIOLENCE) {
			programme.violenceLine(locale)
				.ifPresent((line) -> lines.add(SafetyTexts.get("lines.violence", plain, locale, line)));
		}
		programme.supportLine(locale)
			.ifPresent((line) -> lines.add(SafetyTexts.get("lines.support", plain, locale, line)));
		return lines;
	}

}
