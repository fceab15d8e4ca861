package org.peersupport.safety;

import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.OutboxRef;
import org.peersupport.messaging.Outgoing;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.SendPriority;

/**
 * Where an alert's calls are stored: in the answer to an update, or under an origin key
 * of their own for work that answers no update (an event, a job). Either way the same
 * work stores each call once.
 */
@FunctionalInterface
interface Sends {

	/** Stores a call (see {@link Replies#put(Outgoing, SendPriority, String)}). */
	OutboxRef put(Outgoing call, SendPriority priority, String supersedeKey);

	/** The calls of an update's answer. */
	static Sends of(Replies replies) {
		return replies::put;
	}

	/** Calls under an origin key unique to one piece of work, numbered in order. */
	static Sends under(Outbox outbox, String origin) {
		int[] seq = { 0 };
		return (call, priority, supersedeKey) -> outbox.put(origin, seq[0]++, call, priority, supersedeKey);
	}

}
