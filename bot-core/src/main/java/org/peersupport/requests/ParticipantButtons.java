package org.peersupport.requests;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.Outgoing;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;
import org.peersupport.scripts.RuntimeTexts;

/**
 * Presses of the participant's request buttons: a category (of {@code /help_request} or
 * of the offer after onboarding) starts its intake, a cancel button cancels that request
 * (only the participant's own, only while it is active).
 */
class ParticipantButtons implements InboundHandler {

	private final RequestIntake intake;

	private final HelpRequests requests;

	private final Relay relay;

	private final Outbox outbox;

	private final Clock clock;

	ParticipantButtons(RequestIntake intake, HelpRequests requests, Relay relay, Outbox outbox, Clock clock) {
		this.intake = intake;
		this.requests = requests;
		this.relay = relay;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Override
	public Route route() {
		return Route.buttons(RequestIntake.OWNER);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		String payload = this.intake.payload(event).orElse("");
		if (payload.startsWith("n:")) {
			this.intake.begin(event, replies, payload.substring(2));
		}
		else if (payload.startsWith(RequestIntake.FIRST)) {
			this.intake.begin(event, replies, payload.substring(RequestIntake.FIRST.length()), true);
		}
		else if (payload.startsWith("x:") && payload.substring(2).matches("[0-9]{1,18}")) {
			cancel(event, replies, Long.parseLong(payload.substring(2)));
		}
		else {
			replies.answerButton(RuntimeTexts.bundled()
				.text("callback.expired", this.intake.plain(event.chatId()),
						Locale.forLanguageTag(this.intake.locale(event))));
		}
	}

	private void cancel(InboundEvent event, Replies replies, long number) {
		String locale = this.intake.locale(event);
		boolean plain = this.intake.plain(event.chatId());
		boolean cancelled = this.requests.cancel(number, event.chatId(), this.clock.instant());
		HelpRequest request = this.requests.byNumber(number).orElse(null);
		if (request != null && request.chatId() == event.chatId() && request.status() == RequestStatus.CANCELLED
				&& request.claimedChat() != null) {
			// The volunteer who took it is told (once: the same origin when handled
			// again).
			this.outbox.put("rq-cancelled:" + number, 0, new Outgoing.SendMessage(request.claimedChat(), false,
					RequestTexts.get("relay.cancelled", this.relay.volunteerLocale(request), String.valueOf(number)),
					List.of()));
		}
		// Handled again after the cancel was stored, the same answers are made.
		boolean done = cancelled || this.requests.byNumber(number)
			.filter((r) -> r.chatId() == event.chatId() && r.status() == RequestStatus.CANCELLED)
			.isPresent();
		String answer = done ? RequestTexts.get("cancelled", plain, locale, String.valueOf(number))
				: RuntimeTexts.bundled().text("callback.expired", plain, Locale.forLanguageTag(locale));
		replies.answerButton(answer);
		List<HelpRequest> active = this.requests.activeOf(event.chatId());
		replies.editPressedMessage(this.intake.openList(active, plain, locale),
				this.intake.cancelButtons(event.chatId(), active, locale));
		if (done) {
			replies.send(answer);
		}
	}

}
