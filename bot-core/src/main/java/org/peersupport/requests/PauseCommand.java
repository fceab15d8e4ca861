package org.peersupport.requests;

import java.time.Clock;

import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.participants.Volunteers;

/**
 * {@code /pause} and {@code /resume}, one handler each: an approved volunteer stops being
 * offered requests, and starts again (only from a pause they chose; a pause staff chose
 * is ended by staff). The requests they took stay theirs.
 */
class PauseCommand implements InboundHandler {

	static final String PAUSE = "pause";

	static final String RESUME = "resume";

	private final String name;

	private final Volunteers volunteers;

	private final RequestIntake intake;

	private final Clock clock;

	PauseCommand(String name, Volunteers volunteers, RequestIntake intake, Clock clock) {
		this.name = name;
		this.volunteers = volunteers;
		this.intake = intake;
		this.clock = clock;
	}

	@Override
	public Route route() {
		return Route.commands(this.name);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		String locale = this.intake.locale(event);
		Volunteer volunteer = this.volunteers.ofChat(event.chatId())
			.stream()
			.filter((v) -> v.status() == VolunteerStatus.APPROVED || v.status() == VolunteerStatus.PAUSED)
			.findFirst()
			.orElse(null);
		if (volunteer == null) {
			replies.send(RequestTexts.get("pause.not-volunteer", locale));
			return;
		}
		boolean pause = PAUSE.equals(this.name);
		boolean changed = this.volunteers.pauseByThemselves(volunteer.id(), pause, this.clock.instant());
		// Handled again after the change was stored, the same answer is made.
		VolunteerStatus now = this.volunteers.find(volunteer.id()).map(Volunteer::status).orElse(null);
		String key;
		if (changed || (pause && now == VolunteerStatus.PAUSED) || (!pause && now == VolunteerStatus.APPROVED)) {
			key = pause ? "pause.done" : "resume.done";
		}
		else {
			key = "resume.by-staff";
		}
		replies.send(RequestTexts.get(key, locale));
	}

}
