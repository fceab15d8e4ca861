package org.peersupport.messaging;

/**
 * Who may use a command: the bot shows each person the commands of their audiences.
 */
public enum Audience {

	/**
	 * Anyone in a private chat with the bot (participants, and people not yet onboarded).
	 */
	PARTICIPANT,

	/** An approved volunteer, in their private chat. */
	VOLUNTEER,

	/** A member of a peer group, in the group. */
	GROUP_MEMBER,

	/** A moderator of a peer group, in the group. */
	MODERATOR

}
