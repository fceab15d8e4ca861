package org.peersupport.telegram;

import org.peersupport.messaging.MessagingAutoConfiguration;
import org.peersupport.store.EmbeddedStoreAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Import;

/**
 * Registers the Telegram edge (or, without a token, the built-in emulator) in any host,
 * after the store and the update path it feeds. Its package is an auto-configuration
 * package, so documents it declares are known at start.
 */
@AutoConfiguration(after = { EmbeddedStoreAutoConfiguration.class, MessagingAutoConfiguration.class })
@AutoConfigurationPackage
@Import({ EndpointConfiguration.class, TelegramConfiguration.class })
public final class TelegramAutoConfiguration {

}
