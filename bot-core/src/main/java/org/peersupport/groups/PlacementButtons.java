package org.peersupport.groups;

import java.util.List;

import org.peersupport.conversation.CallbackSigner;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Outgoing;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;

/**
 * Presses of the placement's buttons: agree to the rules ({@code a:<token>}), a new link
 * ({@code n:<token>}), move to another group ({@code c:<token>}), leave the group
 * ({@code l:<token>}), leave the waiting list ({@code w}), find a group ({@code f}). A
 * button of a placement that is no longer the person's does nothing but say so.
 */
class PlacementButtons implements InboundHandler {

	private final Placement placement;

	private final GroupPlaces places;

	private final GroupStatusView view;

	private final CallbackSigner signer;

	PlacementButtons(Placement placement, GroupPlaces places, GroupStatusView view, CallbackSigner signer) {
		this.placement = placement;
		this.places = places;
		this.view = view;
		this.signer = signer;
	}

	@Override
	public Route route() {
		return Route.buttons(Placement.OWNER);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		String payload = this.signer.verify(event.chatId(), event.buttonData(), Placement.OWNER).orElse("");
		String locale = this.view.locale(event);
		long chatId = event.chatId();
		String token = (payload.length() > 2) ? payload.substring(2) : "";
		boolean ownPlace = !token.isEmpty()
				&& this.places.ofPerson(chatId).filter((p) -> p.token().equals(token)).isPresent();
		if (payload.startsWith("a:") && ownPlace && this.placement.agree(chatId, token)) {
			replies.answerButton(GroupTexts.get("agreed", locale));
			removeButtons(event, replies);
		}
		else if (payload.startsWith("n:") && ownPlace) {
			replies.answerButton(null);
			this.places.ofPerson(chatId)
				.filter((p) -> p.status() == PlaceStatus.AGREED)
				.ifPresent((p) -> this.placement.sendLink(p, "grp-link:" + token + ":" + event.receipt()));
		}
		else if (payload.startsWith("l:") && ownPlace) {
			replies.answerButton(null);
			removeButtons(event, replies);
			this.placement.leave(chatId);
			replies.send(GroupTexts.get("left", locale));
		}
		else if (payload.startsWith("c:") && ownPlace) {
			replies.answerButton(null);
			removeButtons(event, replies);
			if (!this.placement.change(chatId, replies)) {
				replies.send(GroupTexts.get("changeNone", locale));
			}
		}
		else if (payload.equals("w")) {
			replies.answerButton(null);
			removeButtons(event, replies);
			this.placement.stopWaiting(chatId);
			replies.send(GroupTexts.get("leftWaiting", locale));
		}
		else if (payload.equals("f")) {
			replies.answerButton(null);
			removeButtons(event, replies);
			this.placement.placeOnboarded(chatId, replies);
		}
		else {
			replies.answerButton(GroupTexts.get("expired", locale));
		}
	}

	private static void removeButtons(InboundEvent event, Replies replies) {
		if (event.messageId() != null) {
			replies.put(new Outgoing.EditButtons(event.chatId(), Outgoing.MessageTarget.message(event.messageId()),
					List.of()));
		}
	}

}
