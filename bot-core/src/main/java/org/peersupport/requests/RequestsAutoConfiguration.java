package org.peersupport.requests;

import org.peersupport.conversation.ConversationAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Import;

/**
 * Registers help requests in any host, after the conversation runtime their intake runs
 * on. Its package is an auto-configuration package, so the requests' documents (and their
 * indexes) are known at start.
 */
@AutoConfiguration(after = ConversationAutoConfiguration.class)
@AutoConfigurationPackage
@Import(RequestsConfiguration.class)
public final class RequestsAutoConfiguration {

}
