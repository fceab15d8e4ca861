package org.peersupport.conversation;

import org.peersupport.messaging.MessagingAutoConfiguration;
import org.peersupport.participants.ParticipantsAutoConfiguration;
import org.peersupport.safety.SafetyAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Import;

/**
 * Registers the conversation runtime and its own script actions in any host, after the
 * features it builds on. Its package is an auto-configuration package, so documents it
 * declares (and their indexes) are known at start.
 */
@AutoConfiguration(after = { MessagingAutoConfiguration.class, ParticipantsAutoConfiguration.class,
		SafetyAutoConfiguration.class })
@AutoConfigurationPackage
@Import({ ConversationConfiguration.class, RuntimeActions.class })
public final class ConversationAutoConfiguration {

}
