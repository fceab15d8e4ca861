package org.peersupport.requests;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.peersupport.conversation.CallbackSigner;
import org.peersupport.messaging.Button;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;
import org.peersupport.safety.ModeratorAlerts;
import org.peersupport.scripts.RuntimeTexts;

/**
 * The relay's buttons: "Reply" under a relayed message makes its request the one the
 * person's next messages go to; "Report" under a participant's message (only the
 * volunteer of that request sees it) keeps the message for the team and alerts the
 * moderators; a rating (1–5) after a request was resolved is stored once, and so is the
 * outcome its volunteer records; after a rating the participant may leave a word about
 * the help ({@link FeedbackWord}) or press "No, thanks".
 */
class RelayButtons implements InboundHandler {

	private final RelayFocus focus;

	private final HelpRequests requests;

	private final RequestIntake intake;

	private final CallbackSigner signer;

	private final ModeratorAlerts alerts;

	private final FeedbackWord word;

	private final Clock clock;

	RelayButtons(RelayFocus focus, HelpRequests requests, RequestIntake intake, CallbackSigner signer,
			ModeratorAlerts alerts, FeedbackWord word, Clock clock) {
		this.word = word;
		this.focus = focus;
		this.requests = requests;
		this.intake = intake;
		this.signer = signer;
		this.alerts = alerts;
		this.clock = clock;
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
		else if (payload.matches("p:[0-9]{1,18}") && event.messageId() != null) {
			HelpRequest request = this.requests.byNumber(Long.parseLong(payload.substring(2))).orElse(null);
			if (request != null && request.claimedChat() != null && request.claimedChat() == event.chatId()) {
				// the message as Telegram shows it under the button: the outbox keeps no
				// text
				// once sent
				String text = event.details().replyToText();
				if (this.requests.report(request, event.messageId(), text, this.clock.instant())) {
					this.alerts.alert(replies, ModeratorAlerts.Reason.RELAY_REPORTED, request.chatId(),
							String.valueOf(request.number()));
				}
				replies.answerButton(RequestTexts.get("relay.reported", locale));
				return;
			}
		}
		else if (payload.matches("o:[0-9]{1,18}:[0-9]")
				&& Integer.parseInt(payload.substring(payload.lastIndexOf(':') + 1)) < RequestOutcome.values().length) {
			recordOutcome(event, payload, locale, replies);
			return;
		}
		else if (payload.matches("r:[0-9]{1,18}:[1-5]")) {
			rate(event, payload, locale, plain, replies);
			return;
		}
		else if (payload.matches("n:[0-9]{1,18}")) {
			this.word.drop(event.chatId());
			replies.answerButton(null);
			replies.editPressedMessage(RequestTexts.get("feedback.word.no", plain, locale), List.of());
			return;
		}
		replies.answerButton(RuntimeTexts.bundled().text("callback.expired", plain, Locale.forLanguageTag(locale)));
	}

	/**
	 * The participant's rating, stored once; the thanks asks for a word about the help,
	 * which they may give in their next message or decline.
	 */
	private void rate(InboundEvent event, String payload, String locale, boolean plain, Replies replies) {
		String[] parts = payload.split(":");
		long number = Long.parseLong(parts[1]);
		String thanks = RequestTexts.get("feedback.thanks", plain, locale, parts[2]);
		replies.answerButton(null);
		if (!this.requests.rate(number, event.chatId(), Integer.parseInt(parts[2]))) {
			replies.editPressedMessage(thanks, List.of());
			return;
		}
		this.word.await(event.chatId(), number);
		Button no = new Button(RequestTexts.get("feedback.button.no", locale),
				this.signer.sign(event.chatId(), Relay.OWNER, "n:" + number, Relay.OWNER));
		replies.editPressedMessage(thanks + "\n\n" + RequestTexts.get("feedback.word.ask", plain, locale),
				List.of(List.of(no)));
	}

	/**
	 * The volunteer who had a resolved request records how it ended, once; the ended
	 * message then says what was recorded.
	 */
	private void recordOutcome(InboundEvent event, String payload, String locale, Replies replies) {
		String[] parts = payload.split(":");
		RequestOutcome outcome = RequestOutcome.values()[Integer.parseInt(parts[2])];
		HelpRequest request = this.requests.byNumber(Long.parseLong(parts[1])).orElse(null);
		if (request == null || !this.requests.recordOutcome(request, event.chatId(), outcome, this.clock.instant())) {
			replies.answerButton(RequestTexts.get("outcome.already", locale));
			return;
		}
		replies.answerButton(null);
		replies.editPressedMessage(RequestTexts.get("outcome.recorded", locale, parts[1],
				RequestTexts.get("outcome." + outcome.name(), locale)), List.of());
	}

}
