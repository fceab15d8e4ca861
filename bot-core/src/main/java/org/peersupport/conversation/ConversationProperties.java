package org.peersupport.conversation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the conversation runtime ({@code peer.conversation}).
 *
 * @param signingKey the key that signs button data (at least 16 characters); when unset a
 * random key is made at first start and kept in the store
 * @param maxReasks how many times a question is asked again after an answer that does not
 * fit, before the person is offered a human
 * @param idleTimeout how long a conversation may wait for an answer before it is paused
 * with a gentle note (it can be resumed with /start or any answer)
 * @param idleCheckInterval how often paused conversations are looked for
 * @param publishedCacheTtl how long an instance trusts its cached knowledge of which
 * script version is published (a publish on this instance evicts it at once)
 * @param confirmationTtl how long a one-time confirmation's buttons (e.g. /forget's "Yes,
 * erase everything") stay valid
 */
@ConfigurationProperties("peer.conversation")
public record ConversationProperties(String signingKey, @DefaultValue("3") int maxReasks,
		@DefaultValue("24h") Duration idleTimeout, @DefaultValue("5m") Duration idleCheckInterval,
		@DefaultValue("30s") Duration publishedCacheTtl, @DefaultValue("10m") Duration confirmationTtl) {

}
