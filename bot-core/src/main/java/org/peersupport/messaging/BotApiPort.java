package org.peersupport.messaging;

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

}
