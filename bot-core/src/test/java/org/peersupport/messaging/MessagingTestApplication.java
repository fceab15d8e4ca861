package org.peersupport.messaging;

import org.peersupport.checkins.CheckInsAutoConfiguration;
import org.peersupport.conversation.ConversationAutoConfiguration;
import org.peersupport.groups.GroupsAutoConfiguration;
import org.peersupport.onboarding.OnboardingAutoConfiguration;
import org.peersupport.participants.ParticipantsAutoConfiguration;
import org.peersupport.requests.RequestsAutoConfiguration;
import org.peersupport.safety.SafetyAutoConfiguration;
import org.peersupport.silence.SilenceAutoConfiguration;
import org.peersupport.telegram.TelegramAutoConfiguration;
import org.peersupport.volunteers.VolunteersAutoConfiguration;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The update path alone, on the embedded store, with a scripted Bot API: bot-core's
 * features above it are left out.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = { ParticipantsAutoConfiguration.class, SafetyAutoConfiguration.class,
		ConversationAutoConfiguration.class, TelegramAutoConfiguration.class, GroupsAutoConfiguration.class,
		VolunteersAutoConfiguration.class, RequestsAutoConfiguration.class, OnboardingAutoConfiguration.class,
		SilenceAutoConfiguration.class, CheckInsAutoConfiguration.class })
class MessagingTestApplication {

	@Bean
	ScriptedBotApi scriptedBotApi() {
		return new ScriptedBotApi();
	}

}
