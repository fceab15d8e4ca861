package org.peersupport.web.security;

/** A staff member's role in the panel. */
public enum PanelRole {

	/** Manages staff accounts and settings, and may do everything a moderator does. */
	ADMIN,

	/**
	 * Works with participants, groups and requests, possibly limited to some programmes.
	 */
	MODERATOR;

	/** The Spring Security authority name, e.g. {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Whether a person in this role may use pages that require {@code required}. */
	public boolean covers(PanelRole required) {
		return this == ADMIN || this == required;
	}

}
