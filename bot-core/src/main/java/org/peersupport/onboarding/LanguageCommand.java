package org.peersupport.onboarding;

import java.util.List;

import org.peersupport.messaging.Button;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;

import org.springframework.stereotype.Component;

/**
 * {@code /language}: offers the bot's languages as buttons.
 */
@Component
class LanguageCommand implements InboundHandler {

	static final String OWNER = "lang";

	/** The bot's languages, each named in itself. */
	static final List<List<String>> LANGUAGES = List.of(List.of("ru", "Русский"), List.of("uk", "Українська"),
			List.of("pl", "Polski"), List.of("en", "English"));

	private final PersonLanguage language;

	private final SignedButtons buttons;

	LanguageCommand(PersonLanguage language, SignedButtons buttons) {
		this.language = language;
		this.buttons = buttons;
	}

	@Override
	public Route route() {
		return Route.commands("language");
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		List<List<Button>> rows = LANGUAGES.stream()
			.map((entry) -> List.of(this.buttons.button(event.chatId(), OWNER, entry.get(0), entry.get(1))))
			.toList();
		replies.send(
				OnboardingTexts.get("language.prompt", this.language.plain(event.chatId()), this.language.of(event)),
				rows);
	}

}
