package org.peersupport.volunteers;

import org.peersupport.conversation.ConversationAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Import;

/**
 * Registers the volunteer sign-up and the service the panel calls in any host, after the
 * conversation runtime it runs on. Its package is an auto-configuration package, so
 * documents it declares (and their indexes) are known at start.
 */
@AutoConfiguration(after = ConversationAutoConfiguration.class)
@AutoConfigurationPackage
@Import(VolunteersConfiguration.class)
public final class VolunteersAutoConfiguration {

}
