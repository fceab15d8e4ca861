package org.peersupport.checkins;

import org.peersupport.conversation.ConversationAutoConfiguration;
import org.peersupport.safety.SafetyAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Import;

/**
 * Registers check-ins in any host, after safety (whose lines to call a low mood gets) and
 * the conversation runtime (whose button signing it uses). Its package is an
 * auto-configuration package, so its documents and indexes are known at start.
 */
@AutoConfiguration(after = { SafetyAutoConfiguration.class, ConversationAutoConfiguration.class })
@AutoConfigurationPackage
@Import(CheckInsConfiguration.class)
public final class CheckInsAutoConfiguration {

}
