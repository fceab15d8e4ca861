package org.peersupport.onboarding;

import java.util.List;
import java.util.Locale;

import org.peersupport.messaging.CommandMenu;
import org.peersupport.scripts.RuntimeTexts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The participant commands, registered with Telegram (setMyCommands) in each bot
 * language, and in English for everyone else.
 */
@Configuration(proxyBeanMethods = false)
class CommandMenus {

	static final List<String> COMMANDS = List.of("start", "menu", "help", "language", "cancel", "mydata", "forget",
			"volunteer");

	@Bean
	CommandMenu defaultCommandMenu() {
		return menu(null, Locale.ENGLISH);
	}

	@Bean
	CommandMenu russianCommandMenu() {
		return menu("ru", Locale.forLanguageTag("ru"));
	}

	@Bean
	CommandMenu ukrainianCommandMenu() {
		return menu("uk", Locale.forLanguageTag("uk"));
	}

	@Bean
	CommandMenu polishCommandMenu() {
		return menu("pl", Locale.forLanguageTag("pl"));
	}

	@Bean
	CommandMenu englishCommandMenu() {
		return menu("en", Locale.ENGLISH);
	}

	static CommandMenu menu(String languageCode, Locale locale) {
		return new CommandMenu(languageCode,
				COMMANDS.stream().map((name) -> new CommandMenu.Command(name, description(name, locale))).toList());
	}

	private static String description(String command, Locale locale) {
		if (command.equals("menu")) {
			return OnboardingTexts.get("command.menu", locale.getLanguage());
		}
		return RuntimeTexts.bundled().text("command." + command, locale);
	}

}
