package org.peersupport.store.sample;

import org.peersupport.checkins.CheckInsAutoConfiguration;
import org.peersupport.conversation.ConversationAutoConfiguration;
import org.peersupport.groups.GroupsAutoConfiguration;
import org.peersupport.messaging.MessagingAutoConfiguration;
import org.peersupport.onboarding.OnboardingAutoConfiguration;
import org.peersupport.participants.ParticipantsAutoConfiguration;
import org.peersupport.requests.RequestsAutoConfiguration;
import org.peersupport.safety.SafetyAutoConfiguration;
import org.peersupport.silence.SilenceAutoConfiguration;
import org.peersupport.telegram.TelegramAutoConfiguration;
import org.peersupport.volunteers.VolunteersAutoConfiguration;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A tiny application that uses the store through Spring Data repositories, for tests:
 * bot-core's store without its bot.
 */
@SpringBootApplication(exclude = { ParticipantsAutoConfiguration.class, MessagingAutoConfiguration.class,
		SafetyAutoConfiguration.class, ConversationAutoConfiguration.class, TelegramAutoConfiguration.class,
		GroupsAutoConfiguration.class, VolunteersAutoConfiguration.class, RequestsAutoConfiguration.class,
		OnboardingAutoConfiguration.class, SilenceAutoConfiguration.class, CheckInsAutoConfiguration.class })
class SampleStoreApplication {

}
