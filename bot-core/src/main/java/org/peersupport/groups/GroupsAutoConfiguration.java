package org.peersupport.groups;

import org.peersupport.conversation.ConversationAutoConfiguration;
import org.peersupport.groups.moderation.ModerationConfiguration;
import org.peersupport.messaging.MessagingAutoConfiguration;
import org.peersupport.safety.SafetyAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Import;

/**
 * Registers the peer groups in any host, after the messaging, safety and conversation
 * features they build on. Its package is an auto-configuration package, so documents it
 * declares (and their indexes) are known at start.
 */
@AutoConfiguration(after = { MessagingAutoConfiguration.class, SafetyAutoConfiguration.class,
		ConversationAutoConfiguration.class })
@AutoConfigurationPackage
@Import({ GroupsConfiguration.class, ModerationConfiguration.class })
public final class GroupsAutoConfiguration {

}
