package org.peersupport.messaging;

/**
 * The life of an outbox entry.
 */
public enum OutboxState {

	/** Waiting to be sent, possibly after a failed attempt. */
	PENDING,
	/** Telegram accepted it. */
	SENT,
	/**
	 * Not sent because the chat is unreachable or the message it refers to never went
	 * out.
	 */
	CANCELLED,
	/** Failed for good; visible to moderators, who may retry or discard it. */
	DEAD

}
