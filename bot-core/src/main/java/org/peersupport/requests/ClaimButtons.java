package org.peersupport.requests;

import java.time.Clock;
import java.util.List;

import org.peersupport.conversation.CallbackSigner;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.Outgoing;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.participants.Volunteers;

/**
 * A volunteer's "Take it": the first press wins (a conditional update of the request);
 * the winner's handling tells the participant and edits every other offer to "taken";
 * later presses are answered "already taken". A press of a button not offered to this
 * chat (forged or replayed data) takes nothing.
 */
class ClaimButtons implements InboundHandler {

	private final HelpRequests requests;

	private final Volunteers volunteers;

	private final VolunteerMatching matching;

	private final RequestOffers offers;

	private final RelayFocus focus;

	private final Outbox outbox;

	private final CallbackSigner signer;

	private final Clock clock;

	private final java.time.Duration silence;

	private final RelayBlocks blocks;

	private final RelayBlocking blocking;

	ClaimButtons(HelpRequests requests, Volunteers volunteers, VolunteerMatching matching, RequestOffers offers,
			RelayFocus focus, Outbox outbox, CallbackSigner signer, java.time.Duration silence, RelayBlocks blocks,
			RelayBlocking blocking, Clock clock) {
		this.blocks = blocks;
		this.blocking = blocking;
		this.silence = silence;
		this.focus = focus;
		this.requests = requests;
		this.volunteers = volunteers;
		this.matching = matching;
		this.offers = offers;
		this.outbox = outbox;
		this.signer = signer;
		this.clock = clock;
	}

	@Override
	public Route route() {
		return Route.buttons(RequestOffers.OWNER);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		long chat = event.chatId();
		Volunteer volunteer = this.volunteers.ofChat(chat)
			.stream()
			.filter((v) -> v.status() == VolunteerStatus.APPROVED)
			.findFirst()
			.orElse(null);
		String locale = (volunteer != null) ? volunteer.locale() : "en";
		HelpRequest request = this.signer.verify(chat, event.buttonData(), RequestOffers.OWNER)
			.filter((payload) -> payload.matches("t:[0-9]{1,18}"))
			.flatMap((payload) -> this.requests.byNumber(Long.parseLong(payload.substring(2))))
			.filter((r) -> r.offeredTo(chat))
			.orElse(null);
		if (volunteer == null || request == null || !request.programme().equals(volunteer.programme())) {
			replies.answerButton(RequestTexts.get("offer.gone", locale));
			return;
		}
		if (request.status() == RequestStatus.OPEN) {
			// staff stopped one side of the relay after the offer went out
			RelayBlock stop = this.blocks.ofEitherSide(volunteer.id(), request.chatId()).orElse(null);
			if (stop != null) {
				answerStopped(stop, locale, replies);
				return;
			}
		}
		if (request.status() == RequestStatus.OPEN && !this.matching.underLimit(volunteer)) {
			replies.answerButton(RequestTexts.get("offer.limit", locale));
			return;
		}
		if (request.status() == RequestStatus.OPEN) {
			this.requests.claim(request.id(), volunteer.id(), chat, this.clock.instant(),
					this.clock.instant().plus(this.silence));
			request = this.requests.find(request.id()).orElse(request);
		}
		// Handled again after the claim was stored, the winner's answers are made again
		// under the same ids.
		if (request.status() == RequestStatus.CLAIMED && request.claimedChat() != null
				&& request.claimedChat() == chat) {
			// staff may have blocked a side between the check above and the claim
			RelayBlock late = this.blocking.endIfBlocked(request).orElse(null);
			if (late != null) {
				answerStopped(late, locale, replies);
				return;
			}
			won(request, volunteer, replies);
		}
		else {
			replies.answerButton(RequestTexts
				.get((request.status() == RequestStatus.CLAIMED) ? "offer.already-taken" : "offer.gone", locale));
		}
	}

	/** The volunteer learns they are stopped, or that the request is gone from them. */
	private static void answerStopped(RelayBlock stop, String locale, Replies replies) {
		replies.answerButton(
				RequestTexts.get((stop.side() == RelayBlock.Side.VOLUNTEER) ? "offer.blocked" : "offer.gone", locale));
	}

	private void won(HelpRequest request, Volunteer volunteer, Replies replies) {
		String number = String.valueOf(request.number());
		this.focus.focus(volunteer.chatId(), request.number());
		this.focus.focus(request.chatId(), request.number());
		replies.answerButton(null);
		replies.editPressedMessage(this.offers.text(request, volunteer.locale()) + "\n\n"
				+ RequestTexts.get("offer.yours", volunteer.locale(), number), List.of());
		this.outbox.put("rq-claimed:" + number, 0, new Outgoing.SendMessage(request.chatId(), false,
				RequestTexts.get("claimed", this.offers.plainFor(request), request.locale(), number), List.of()));
		for (HelpRequest.Offer offer : request.offers()) {
			if (offer.chatId() == volunteer.chatId()) {
				continue;
			}
			String theirs = this.volunteers.find(offer.volunteerId()).map(Volunteer::locale).orElse("en");
			this.outbox.put("rq-taken:" + number + ":" + offer.volunteerId(), 0,
					new Outgoing.EditText(offer.chatId(), new Outgoing.MessageTarget(null, offer.entryId()),
							RequestTexts.get("offer.taken", theirs, number), List.of()));
		}
	}

}
