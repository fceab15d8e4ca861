package org.peersupport.conversation;

/**
 * Where a conversation is in its life.
 */
public enum ConversationStatus {

	/** Waiting for the person's answer at its current step. */
	ACTIVE,

	/** Closed after a quiet while; resumes at the same step on /start or an answer. */
	PAUSED,

	/** Reached the end of its script. */
	FINISHED,

	/** Stopped by the person (/cancel) or replaced by another conversation. */
	CANCELLED;

	/** Whether the conversation still waits for an answer (active or paused). */
	public boolean isOpen() {
		return this == ACTIVE || this == PAUSED;
	}

}
