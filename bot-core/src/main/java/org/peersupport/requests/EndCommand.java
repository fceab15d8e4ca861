package org.peersupport.requests;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.peersupport.conversation.CallbackSigner;
import org.peersupport.messaging.Button;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Outgoing;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;

/**
 * {@code /end}: closes the relay conversation the person is in (the request is resolved);
 * both sides are told; the volunteer is asked how it ended (an outcome), and the
 * participant to rate the help from 1 to 5.
 */
class EndCommand implements InboundHandler {

	static final String NAME = "end";

	private final Relay relay;

	private final HelpRequests requests;

	private final RequestIntake intake;

	private final CallbackSigner signer;

	private final Clock clock;

	EndCommand(Relay relay, HelpRequests requests, RequestIntake intake, CallbackSigner signer, Clock clock) {
		this.relay = relay;
		this.requests = requests;
		this.intake = intake;
		this.signer = signer;
		this.clock = clock;
	}

	@Override
	public Route route() {
		return Route.commands(NAME);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		HelpRequest request = this.relay.current(event.chatId()).orElse(null);
		if (request == null) {
			replies.send(RequestTexts.get("relay.none", this.intake.plain(event.chatId()), this.intake.locale(event)));
			return;
		}
		this.requests.resolve(request.id(), this.clock.instant());
		String number = String.valueOf(request.number());
		String volunteerLocale = this.relay.volunteerLocale(request);
		replies
			.put(new Outgoing.SendMessage(request.claimedChat(), false,
					RequestTexts.get("relay.ended", volunteerLocale, number) + "\n\n"
							+ RequestTexts.get("outcome.ask", volunteerLocale),
					outcomeButtons(request, volunteerLocale)));
		boolean plain = this.intake.plain(request.programme());
		List<Button> stars = new ArrayList<>();
		for (int score = 1; score <= 5; score++) {
			stars.add(new Button(String.valueOf(score),
					this.signer.sign(request.chatId(), Relay.OWNER, "r:" + number + ":" + score, Relay.OWNER)));
		}
		replies.put(new Outgoing.SendMessage(request.chatId(), false,
				RequestTexts.get("relay.ended", plain, request.locale(), number) + "\n\n"
						+ RequestTexts.get("feedback.ask", plain, request.locale()),
				List.of(stars)));
	}

	/** One signed button for each outcome, in the volunteer's chat only. */
	private List<List<Button>> outcomeButtons(HelpRequest request, String locale) {
		List<List<Button>> rows = new ArrayList<>();
		for (RequestOutcome outcome : RequestOutcome.values()) {
			rows.add(List.of(new Button(RequestTexts.get("outcome." + outcome.name(), locale),
					this.signer.sign(request.claimedChat(), Relay.OWNER,
							"o:" + request.number() + ":" + outcome.ordinal(), Relay.OWNER))));
		}
		return rows;
	}

}
