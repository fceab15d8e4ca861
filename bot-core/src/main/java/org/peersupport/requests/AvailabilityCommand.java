package org.peersupport.requests;

import java.util.Map;
import java.util.Optional;

import org.peersupport.conversation.ConversationRuntime;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.participants.Volunteers;

/**
 * {@code /availability}: an approved or paused volunteer answers the sign-up's days,
 * parts of the day and quiet hours again (the volunteer-availability script, whose
 * {@link RecordAvailability} action stores them); anyone else is told it is for
 * volunteers.
 */
class AvailabilityCommand implements InboundHandler {

	static final String NAME = "availability";

	/** The script that asks the availability again. */
	static final String SCRIPT = "volunteer-availability";

	private final Volunteers volunteers;

	private final RequestIntake intake;

	private final ConversationRuntime runtime;

	AvailabilityCommand(Volunteers volunteers, RequestIntake intake, ConversationRuntime runtime) {
		this.volunteers = volunteers;
		this.intake = intake;
		this.runtime = runtime;
	}

	@Override
	public Route route() {
		return Route.commands(NAME);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		Optional<Volunteer> volunteer = active(this.volunteers, event.chatId());
		if (volunteer.isEmpty()) {
			replies.send(RequestTexts.get("pause.not-volunteer", this.intake.locale(event)));
			return;
		}
		this.runtime.start(event, replies, SCRIPT, Map.of(), volunteer.get().locale());
	}

	/** The chat's approved or paused volunteer, if any. */
	static Optional<Volunteer> active(Volunteers volunteers, long chatId) {
		return volunteers.ofChat(chatId)
			.stream()
			.filter((v) -> v.status() == VolunteerStatus.APPROVED || v.status() == VolunteerStatus.PAUSED)
			.findFirst();
	}

}
