package org.peersupport.messaging;

/**
 * The kind of chat an event came from or a message goes to.
 */
public enum ChatType {

	PRIVATE, GROUP, SUPERGROUP, CHANNEL;

	/** Whether messages to this chat count against the per-group rate limit. */
	public boolean isGroup() {
		return this != PRIVATE;
	}

}
