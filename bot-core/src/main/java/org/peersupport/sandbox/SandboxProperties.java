package org.peersupport.sandbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the built-in Telegram emulator used in sandbox mode.
 *
 * @param port the loopback port of the emulator (PEER_SANDBOX_PORT); 0 picks a free one
 * @param trainingEngine true in the panel's separate training engine, which runs beside a
 * production bot (only the log wording differs)
 */
@ConfigurationProperties("peer.sandbox")
public record SandboxProperties(@DefaultValue("0") int port, @DefaultValue("false") boolean trainingEngine) {
}
