package org.peersupport.messaging;

import java.time.Instant;

/**
 * The one way out to Telegram. Implemented at the edge (package {@code telegram});
 * messaging never sees Telegram's types.
 */
public interface BotApiPort {

	/**
	 * Performs one call and reports what happened. Never throws for Telegram's or the
	 * network's failures.
	 */
	SendOutcome execute(OutboundCall call);

	/**
	 * Creates an invite link to a group on which a join request is needed
	 * ({@code creates_join_request}); a {@link SendOutcome.LinkCreated} on success. Never
	 * throws for Telegram's or the network's failures.
	 */
	SendOutcome createInviteLink(long groupChatId, String name, Instant expiresAt);

}
