package org.peersupport.onboarding;

import java.util.List;

import org.peersupport.conversation.Confirmations;
import org.peersupport.conversation.Confirmations.Verdict;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;

import org.springframework.stereotype.Component;

/**
 * The answer to {@code /forget}'s question: "yes" erases everything, "no" keeps it. Each
 * question is answered once: a press after "no", after its time ran out, from an older
 * question or on another message erases nothing and is told so.
 */
@Component
class ForgetButtons implements InboundHandler {

	private final SignedButtons buttons;

	private final Confirmations confirmations;

	private final Erasure erasure;

	private final PersonLanguage language;

	ForgetButtons(SignedButtons buttons, Confirmations confirmations, Erasure erasure, PersonLanguage language) {
		this.buttons = buttons;
		this.confirmations = confirmations;
		this.erasure = erasure;
		this.language = language;
	}

	@Override
	public Route route() {
		return Route.buttons(ForgetCommand.OWNER);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		String locale = this.language.of(event);
		// asked before the erasure, which forgets the programme too
		boolean plain = this.language.plain(event.chatId());
		ForgetChoice choice = this.buttons.choice(event, ForgetCommand.OWNER).flatMap(ForgetChoice::parse).orElse(null);
		Verdict verdict = (choice != null) ? this.confirmations.take(event, ForgetCommand.OWNER, choice.nonce())
				: Verdict.REFUSED;
		if (verdict != Verdict.TAKEN) {
			refuse(verdict, plain, locale, replies);
		}
		else if (choice.yes()) {
			// Erase first: erasure removes the chat's outgoing calls (and the
			// confirmation), and the answers below must survive it. Handling the press
			// again finds it taken by this update and erases again, harmlessly; the
			// repeated answers keep their ids.
			this.erasure.erase(event.chatId());
			replies.answerButton(null);
			replies.editPressedMessage(OnboardingTexts.get("forget.done", plain, locale), List.of());
		}
		else {
			replies.answerButton(null);
			replies.editPressedMessage(OnboardingTexts.get("forget.kept", plain, locale), List.of());
			this.confirmations.close(event.chatId(), ForgetCommand.OWNER, choice.nonce());
		}
	}

	private static void refuse(Verdict verdict, boolean plain, String locale, Replies replies) {
		String stale = OnboardingTexts.get("forget.stale", plain, locale);
		replies.answerButton(stale);
		if (verdict == Verdict.EXPIRED || verdict == Verdict.REPLACED) {
			// The question still shows buttons that can no longer act: say so in their
			// place. Other refusals leave the message as it is (it was answered, or the
			// press came from another message).
			replies.editPressedMessage(stale, List.of());
		}
	}

}
