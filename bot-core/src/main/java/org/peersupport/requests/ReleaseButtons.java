package org.peersupport.requests;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.peersupport.conversation.CallbackSigner;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.Outgoing;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;
import org.peersupport.scripts.RuntimeTexts;

import org.springframework.context.ApplicationEventPublisher;

/**
 * A volunteer's reason for giving a request back: it is open again (only if it is still
 * theirs), the participant is told, and its first wave goes out again without them.
 */
class ReleaseButtons implements InboundHandler {

	private final HelpRequests requests;

	private final RequestIntake intake;

	private final Outbox outbox;

	private final CallbackSigner signer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReleaseButtons(HelpRequests requests, RequestIntake intake, Outbox outbox, CallbackSigner signer,
			ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.intake = intake;
		this.outbox = outbox;
		this.signer = signer;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Route route() {
		return Route.buttons(ReleaseCommand.OWNER);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		String locale = this.intake.locale(event);
		String payload = this.signer.verify(event.chatId(), event.buttonData(), ReleaseCommand.OWNER).orElse("");
		String[] parts = payload.split(":");
		if (parts.length != 2 || !parts[0].matches("[0-9]{1,18}") || !ReleaseCommand.REASONS.contains(parts[1])) {
			replies.answerButton(RuntimeTexts.bundled().text("callback.expired", Locale.forLanguageTag(locale)));
			return;
		}
		long number = Long.parseLong(parts[0]);
		this.requests.release(number, event.chatId(), parts[1], this.clock.instant());
		HelpRequest request = this.requests.byNumber(number).orElse(null);
		// Handled again after the release was stored, the same answers are made.
		boolean released = request != null && !request.history().isEmpty()
				&& HelpRequest.Move.RELEASED.equals(request.history().get(request.history().size() - 1).kind())
				&& request.offeredTo(event.chatId()) && request.claimedChat() == null;
		if (!released) {
			replies.answerButton(RuntimeTexts.bundled().text("callback.expired", Locale.forLanguageTag(locale)));
			return;
		}
		replies.answerButton(null);
		replies.editPressedMessage(RequestTexts.get("release.done", locale, parts[0]), List.of());
		this.outbox.put("rq-released:" + number + ":" + request.history().size(), 0,
				new Outgoing.SendMessage(request.chatId(), false, RequestTexts.get("release.participant",
						this.intake.plain(request.programme()), request.locale(), parts[0]), List.of()));
		this.events.publishEvent(new RequestCreated(request.id()));
	}

}
