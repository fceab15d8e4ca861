package org.peersupport.messaging;

/**
 * What a member of a group may send there.
 */
public enum MemberRights {

	/** Nothing: the member is muted. */
	NONE,

	/** Text messages only: no media, stickers, polls or link previews (a newcomer). */
	TEXT_ONLY,

	/** Everything the group allows its members: a restriction is lifted. */
	ALL

}
