package org.peersupport.onboarding;

import java.util.List;
import java.util.Locale;

import org.peersupport.conversation.ConversationRuntime;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;
import org.peersupport.participants.Participants;
import org.peersupport.scripts.RuntimeTexts;

import org.springframework.stereotype.Component;

/**
 * A press of a {@code /language} button: the participant's and the open conversation's
 * language change (nothing is stored for someone who has neither).
 */
@Component
class LanguageButtons implements InboundHandler {

	private final SignedButtons buttons;

	private final Participants participants;

	private final ConversationRuntime runtime;

	private final PersonLanguage language;

	LanguageButtons(SignedButtons buttons, Participants participants, ConversationRuntime runtime,
			PersonLanguage language) {
		this.buttons = buttons;
		this.participants = participants;
		this.runtime = runtime;
		this.language = language;
	}

	@Override
	public Route route() {
		return Route.buttons(LanguageCommand.OWNER);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		String chosen = this.buttons.choice(event, LanguageCommand.OWNER)
			.filter((code) -> LanguageCommand.LANGUAGES.stream().anyMatch((entry) -> entry.get(0).equals(code)))
			.orElse(null);
		if (chosen == null) {
			replies.answerButton(RuntimeTexts.bundled()
				.text("callback.expired", this.language.plain(event.chatId()),
						Locale.forLanguageTag(this.language.of(event))));
			return;
		}
		replies.answerButton(null);
		replies.editPressedMessage(OnboardingTexts.get("language.changed", this.language.plain(event.chatId()), chosen),
				List.of());
		this.participants.changeLocale(event.chatId(), chosen);
		this.runtime.changeLocale(event, chosen);
	}

}
