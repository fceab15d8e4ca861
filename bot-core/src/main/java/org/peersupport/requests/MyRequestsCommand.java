package org.peersupport.requests;

import java.util.List;

import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.participants.Volunteers;

/**
 * {@code /myrequests}: a participant's open requests (with a button to cancel each), and
 * a volunteer's requests they took and have not closed.
 */
class MyRequestsCommand implements InboundHandler {

	static final String NAME = "myrequests";

	private final RequestIntake intake;

	private final HelpRequests requests;

	private final Volunteers volunteers;

	private final RequestsProperties properties;

	MyRequestsCommand(RequestIntake intake, HelpRequests requests, Volunteers volunteers,
			RequestsProperties properties) {
		this.intake = intake;
		this.requests = requests;
		this.volunteers = volunteers;
		this.properties = properties;
	}

	@Override
	public Route route() {
		return Route.commands(NAME);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		String locale = this.intake.locale(event);
		boolean participant = this.intake.participant(event.chatId()).isPresent();
		List<Volunteer> asVolunteer = this.volunteers.ofChat(event.chatId())
			.stream()
			.filter((v) -> v.status() == VolunteerStatus.APPROVED || v.status() == VolunteerStatus.PAUSED)
			.toList();
		if (participant || asVolunteer.isEmpty()) {
			List<HelpRequest> active = this.requests.activeOf(event.chatId());
			replies.send(this.intake.openList(active, this.intake.plain(event.chatId()), locale),
					this.intake.cancelButtons(event.chatId(), active, locale));
		}
		for (Volunteer volunteer : asVolunteer) {
			List<HelpRequest> taken = this.requests.claimedBy(volunteer.id());
			StringBuilder text = new StringBuilder(
					RequestTexts.get(taken.isEmpty() ? "taken.none" : "taken.heading", locale));
			for (HelpRequest request : taken) {
				text.append('\n')
					.append(RequestTexts.get("taken.line", locale, String.valueOf(request.number()),
							this.properties.label(request.category(), locale),
							RequestTexts.get(request.urgency().textKey(), locale)));
			}
			if (volunteer.status() == VolunteerStatus.PAUSED) {
				text.append("\n\n").append(RequestTexts.get("taken.paused", locale));
			}
			replies.send(text.toString());
		}
	}

}
