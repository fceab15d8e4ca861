package org.peersupport.checkins;

import org.peersupport.participants.ParticipantOnboarded;
import org.peersupport.participants.Participants;

import org.springframework.context.event.EventListener;

/**
 * Starts a participant's check-ins when they finish onboarding.
 */
class ScheduleOnOnboarding {

	private final Schedules schedules;

	private final Participants participants;

	ScheduleOnOnboarding(Schedules schedules, Participants participants) {
		this.schedules = schedules;
		this.participants = participants;
	}

	@EventListener
	void onboarded(ParticipantOnboarded onboarded) {
		this.participants.find(onboarded.chatId())
			.ifPresent((participant) -> this.schedules.start(participant, onboarded.at()));
	}

}
