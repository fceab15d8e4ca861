package org.peersupport.onboarding;

import java.util.List;

import org.peersupport.messaging.Button;

import org.springframework.stereotype.Component;

/**
 * The participant menu: signed buttons that run the same as the commands.
 */
@Component
class MenuKeyboard {

	static final String OWNER = "menu";

	static final List<String> ITEMS = List.of("help", "language", "mydata", "forget", "volunteer");

	private final SignedButtons buttons;

	MenuKeyboard(SignedButtons buttons) {
		this.buttons = buttons;
	}

	List<List<Button>> rows(long chatId, String locale) {
		return ITEMS.stream()
			.map((item) -> List
				.of(this.buttons.button(chatId, OWNER, item, OnboardingTexts.get("menu." + item, locale))))
			.toList();
	}

}
