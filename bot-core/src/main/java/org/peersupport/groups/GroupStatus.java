package org.peersupport.groups;

/**
 * Where a peer group stands.
 */
public enum GroupStatus {

	/** The bot was added; a moderator has not activated the group yet. */
	PENDING,
	/** Activated: people of its programme and language are placed there. */
	ACTIVE,
	/** The bot was removed: nobody is placed there. */
	INACTIVE

}
