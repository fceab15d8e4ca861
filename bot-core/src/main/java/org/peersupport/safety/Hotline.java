package org.peersupport.safety;

import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.participants.Programme;
import org.peersupport.participants.Programmes;

/**
 * The line to call: the person's programme's hotline text in their language, else the
 * built-in one in their language.
 */
public class Hotline {

	private final Participants participants;

	private final Programmes programmes;

	public Hotline(Participants participants, Programmes programmes) {
		this.participants = participants;
		this.programmes = programmes;
	}

	/** The hotline text for the person in this chat, in {@code locale}. */
	public String textFor(long chatId, String locale) {
		return textFor(this.participants.find(chatId).orElse(null), locale);
	}

	/**
	 * The hotline text for a participant (or someone who is none yet), in {@code locale}.
	 */
	String textFor(Participant participant, String locale) {
		Programme programme = this.programmes.findOrFirst((participant != null) ? participant.programme() : null);
		String hotline = programme.hotline(locale);
		return (hotline != null) ? hotline : SafetyTexts.get("hotline.fallback", locale);
	}

}
