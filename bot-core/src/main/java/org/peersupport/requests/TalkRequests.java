package org.peersupport.requests;

import java.time.Clock;
import java.util.OptionalLong;

import org.peersupport.messaging.Replies;
import org.peersupport.participants.Participant;
import org.peersupport.safety.TalkToAPerson;

import org.springframework.context.ApplicationEventPublisher;

/**
 * "Talk to a person" requests made for a participant who needs one (the conversation's
 * re-ask limit, words written outside any conversation): one is opened and offered like
 * any request, or the one the participant has open already is named again; none for a
 * participant staff blocked from the relay (the team is alerted instead).
 */
class TalkRequests implements TalkToAPerson {

	private final RequestIntake intake;

	private final HelpRequests requests;

	private final RequestsProperties properties;

	private final CrisisFlag crisis;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final RelayBlocks blocks;

	TalkRequests(RequestIntake intake, HelpRequests requests, RequestsProperties properties, CrisisFlag crisis,
			ApplicationEventPublisher events, RelayBlocks blocks, Clock clock) {
		this.blocks = blocks;
		this.intake = intake;
		this.requests = requests;
		this.properties = properties;
		this.crisis = crisis;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public OptionalLong open(Replies replies, long chatId) {
		Participant participant = this.intake.participant(chatId).orElse(null);
		if (participant == null || this.properties.category(RequestCategory.TALK).isEmpty()) {
			return OptionalLong.empty();
		}
		if (this.blocks.participantBlocked(chatId)) {
			// No volunteer will take it while staff keep them from the relay: only the
			// team's alert is raised, and the person is told so.
			return OptionalLong.empty();
		}
		// Derived from the update, so handling it again finds the same request.
		String id = "T-" + replies.event().receipt();
		HelpRequest open = this.requests.activeOf(chatId)
			.stream()
			.filter((request) -> RequestCategory.TALK.equals(request.category()) && !request.id().equals(id))
			.findFirst()
			.orElse(null);
		if (open != null) {
			return OptionalLong.of(open.number());
		}
		HelpRequest request = this.requests.create(id, chatId, participant.programme(), RequestCategory.TALK,
				Urgency.TODAY, null, null, participant.locale(), this.crisis.of(replies, chatId), this.clock.instant());
		this.events.publishEvent(new RequestCreated(request.id()));
		return OptionalLong.of(request.number());
	}

}
