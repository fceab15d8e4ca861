package org.peersupport.groups;

/**
 * Where a person stands with the place a group keeps for them.
 */
public enum PlaceStatus {

	/** The group's rules were sent; the person has not agreed yet. */
	OFFERED,
	/** The person agreed to the rules and was sent an invite link. */
	AGREED,
	/** The bot let the person into the group. */
	MEMBER

}
