package org.peersupport.requests;

import java.util.ArrayList;
import java.util.List;

import org.peersupport.conversation.CallbackSigner;
import org.peersupport.messaging.Button;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;

/**
 * {@code /release}: the volunteer gives back the request they talk about now; they choose
 * a reason, and the request is offered to other volunteers again.
 */
class ReleaseCommand implements InboundHandler {

	static final String NAME = "release";

	/** The owner of the reason buttons ({@code rl:<number>:<reason>:<signature>}). */
	static final String OWNER = "rl";

	/** The reasons a volunteer can give, as keys of {@code release.reason.<key>}. */
	static final List<String> REASONS = List.of("time", "skill", "contact");

	private final Relay relay;

	private final RequestIntake intake;

	private final CallbackSigner signer;

	ReleaseCommand(Relay relay, RequestIntake intake, CallbackSigner signer) {
		this.relay = relay;
		this.intake = intake;
		this.signer = signer;
	}

	@Override
	public Route route() {
		return Route.commands(NAME);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		String locale = this.intake.locale(event);
		HelpRequest request = this.relay.current(event.chatId())
			.filter((r) -> r.claimedChat() != null && r.claimedChat() == event.chatId())
			.orElse(null);
		if (request == null) {
			replies.send(RequestTexts.get("release.none", locale));
			return;
		}
		List<List<Button>> reasons = new ArrayList<>();
		for (String reason : REASONS) {
			reasons.add(List.of(new Button(RequestTexts.get("release.reason." + reason, locale),
					this.signer.sign(event.chatId(), OWNER, request.number() + ":" + reason, OWNER))));
		}
		replies.send(RequestTexts.get("release.ask", locale, String.valueOf(request.number())), reasons);
	}

}
