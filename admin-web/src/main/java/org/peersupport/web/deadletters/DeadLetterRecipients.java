package org.peersupport.web.deadletters;

import java.util.Optional;

import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.Volunteers;

import org.springframework.stereotype.Component;

/**
 * Who a dead letter was for, in words: a participant by pseudonym, a volunteer by the
 * application (linked), a group, or nobody the bot knows now. Never a chat id.
 */
@Component
class DeadLetterRecipients {

	private final Participants participants;

	private final Volunteers volunteers;

	DeadLetterRecipients(Participants participants, Volunteers volunteers) {
		this.participants = participants;
		this.volunteers = volunteers;
	}

	Recipient of(long chatId) {
		if (chatId < 0) {
			return new Recipient("dead-letters.to.group", "", null);
		}
		Optional<Participant> participant = this.participants.find(chatId);
		if (participant.isPresent()) {
			String pseudonym = participant.get().pseudonym();
			return (pseudonym != null) ? new Recipient("dead-letters.to.participant", pseudonym, null)
					: new Recipient("dead-letters.to.participant-unnamed", "", null);
		}
		Optional<Volunteer> volunteer = this.volunteers.ofChat(chatId).stream().findFirst();
		if (volunteer.isPresent()) {
			String id = volunteer.get().id();
			return new Recipient("dead-letters.to.volunteer", id, "/volunteers/" + id);
		}
		return new Recipient("dead-letters.to.unknown", "", null);
	}

	/**
	 * @param key message key of the words
	 * @param name the pseudonym or application id the words name, or empty
	 * @param link the page about the recipient, or null
	 */
	record Recipient(String key, String name, String link) {
	}

}
