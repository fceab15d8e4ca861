package org.peersupport.participants;

import java.time.Instant;
import java.util.Map;

/**
 * Who waits for a person from the team, answered by the feature that keeps those calls
 * (the safety feature's alerts), so this package can show it without importing that
 * feature.
 */
@FunctionalInterface
public interface WaitingForSomeone {

	/** Nobody waits: for a host without the safety feature. */
	WaitingForSomeone NOBODY = Map::of;

	/**
	 * The private chats of people who wait for someone from the team, each with the time
	 * they started waiting (the oldest call still waiting).
	 */
	Map<Long, Instant> since();

}
