package org.peersupport.requests;

import java.util.List;
import java.util.Locale;

import org.peersupport.conversation.CallbackSigner;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;
import org.peersupport.scripts.RuntimeTexts;

/**
 * The relay's buttons: "Reply" under a relayed message makes its request the one the
 * person's next messages go to; a rating (1–5) after a request was resolved is stored
 * once.
 */
class RelayButtons implements InboundHandler {

	private final RelayFocus focus;

	private final HelpRequests requests;

	private final RequestIntake intake;

	private final CallbackSigner signer;

	RelayButtons(RelayFocus focus, HelpRequests requests, RequestIntake intake, CallbackSigner signer) {
		this.focus = focus;
		this.requests = requests;
		this.intake = intake;
		this.signer = signer;
	}

	@Override
	public Route route() {
		return Route.buttons(Relay.OWNER);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		String payload = this.signer.verify(event.chatId(), event.buttonData(), Relay.OWNER).orElse("");
		String locale = this.intake.locale(event);
		boolean plain = this.intake.plain(event.chatId());
		if (payload.matches("f:[0-9]{1,18}")) {
			long number = Long.parseLong(payload.substring(2));
			boolean theirs = this.requests.relaysOf(event.chatId()).stream().anyMatch((r) -> r.number() == number);
			if (theirs) {
				this.focus.focus(event.chatId(), number);
				replies.answerButton(RequestTexts.get("relay.focused", plain, locale, String.valueOf(number)));
				return;
			}
		}
		else if (payload.matches("r:[0-9]{1,18}:[1-5]")) {
			String[] parts = payload.split(":");
			this.requests.rate(Long.parseLong(parts[1]), event.chatId(), Integer.parseInt(parts[2]));
			replies.answerButton(null);
			replies.editPressedMessage(RequestTexts.get("feedback.thanks", plain, locale, parts[2]), List.of());
			return;
		}
		replies.answerButton(RuntimeTexts.bundled().text("callback.expired", plain, Locale.forLanguageTag(locale)));
	}

}
