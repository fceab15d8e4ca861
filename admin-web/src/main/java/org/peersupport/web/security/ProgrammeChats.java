package org.peersupport.web.security;

import java.util.LinkedHashSet;
import java.util.Set;

import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.Volunteers;

import org.springframework.stereotype.Component;

/**
 * The programmes of a private chat with the bot, for data kept by chat (outbox entries,
 * dead letters): the programme of the participant and of the volunteer whose chat it is.
 * A chat of nobody in a programme (a group, an erased person) belongs to none.
 */
@Component
public class ProgrammeChats {

	private final Participants participants;

	private final Volunteers volunteers;

	ProgrammeChats(Participants participants, Volunteers volunteers) {
		this.participants = participants;
		this.volunteers = volunteers;
	}

	/** The chats of a limited scope's people; call only for a limited scope. */
	public Set<Long> chatsIn(ProgrammeScope scope) {
		if (scope.isUnlimited()) {
			throw new IllegalArgumentException("An unlimited scope covers every chat; do not list them");
		}
		Set<Long> chats = new LinkedHashSet<>(this.participants.chatIdsIn(scope.programmes()));
		chats.addAll(this.volunteers.chatIdsIn(scope.programmes()));
		return chats;
	}

	/**
	 * The programmes a chat belongs to: the participant's first, then the volunteer's.
	 */
	public Set<String> programmesOf(long chatId) {
		Set<String> programmes = new LinkedHashSet<>();
		this.participants.find(chatId).map(Participant::programme).ifPresent(programmes::add);
		this.volunteers.ofChat(chatId)
			.stream()
			.map(Volunteer::programme)
			.filter((programme) -> programme != null)
			.forEach(programmes::add);
		return programmes;
	}

	/** The one programme named for a chat (in the audit log), or null. */
	public String programmeOf(long chatId) {
		return programmesOf(chatId).stream().findFirst().orElse(null);
	}

	/** Whether a chat's data is in scope. */
	public boolean includes(ProgrammeScope scope, long chatId) {
		return scope.isUnlimited() || scope.includesAny(programmesOf(chatId));
	}

}
