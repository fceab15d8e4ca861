package org.peersupport.onboarding;

import java.util.ArrayList;
import java.util.List;

import org.peersupport.messaging.Commands;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;

import org.springframework.stereotype.Component;

/**
 * {@code /help}: what the bot can do for this person, from the declared commands.
 */
@Component
class HelpCommand implements InboundHandler {

	private final PersonLanguage language;

	private final Commands commands;

	HelpCommand(PersonLanguage language, Commands commands) {
		this.language = language;
		this.commands = commands;
	}

	@Override
	public Route route() {
		return Route.commands("help");
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		String locale = this.language.of(event);
		boolean plain = this.language.plain(event.chatId());
		List<String> lines = new ArrayList<>();
		lines.add(OnboardingTexts.get("help.intro", plain, locale));
		lines.add("");
		this.commands.forAudiences(this.commands.audiencesOf(event.chatId()))
			.forEach((command) -> lines
				.add("/" + command.name() + " — " + CommandWords.description(command, locale, plain)));
		lines.add("");
		lines.add(OnboardingTexts.get("help.outro", plain, locale));
		replies.send(String.join("\n", lines));
	}

}
