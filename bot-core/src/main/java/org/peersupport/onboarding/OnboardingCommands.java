package org.peersupport.onboarding;

import org.peersupport.messaging.Audience;
import org.peersupport.messaging.Command;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The commands every person in a private chat has, whether participant or volunteer.
 */
@Configuration(proxyBeanMethods = false)
class OnboardingCommands {

	private static final Command.Texts TEXTS = OnboardingTexts::get;

	@Bean
	Command startCommandEntry() {
		return everyone("start", 0, false);
	}

	@Bean
	Command menuCommandEntry() {
		return everyone("menu", 10, false);
	}

	@Bean
	Command helpCommandEntry() {
		return everyone("help", 20, true);
	}

	@Bean
	Command languageCommandEntry() {
		return everyone("language", 30, true);
	}

	@Bean
	Command cancelCommandEntry() {
		return everyone("cancel", 40, false);
	}

	@Bean
	Command mydataCommandEntry() {
		return everyone("mydata", 80, true);
	}

	@Bean
	Command forgetCommandEntry() {
		return everyone("forget", 90, true);
	}

	private static Command everyone(String name, int order, boolean inMenu) {
		return Command.of(name, order, inMenu, TEXTS, Audience.PARTICIPANT, Audience.VOLUNTEER);
	}

}
