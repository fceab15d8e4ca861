package org.peersupport.onboarding;

import org.peersupport.conversation.ActionContext;
import org.peersupport.conversation.ScriptAction;

import org.springframework.stereotype.Component;

/**
 * {@code showMenu}: sends the menu with its buttons.
 */
@Component
class ShowMenu implements ScriptAction {

	private final MenuKeyboard menu;

	ShowMenu(MenuKeyboard menu) {
		this.menu = menu;
	}

	@Override
	public String name() {
		return "showMenu";
	}

	@Override
	public void run(ActionContext context) {
		context.replies()
			.send(OnboardingTexts.get("menu.title", context.script().plainLanguage(), context.locale()),
					this.menu.rows(context.chatId(), context.locale(), context.script().plainLanguage()));
	}

}
