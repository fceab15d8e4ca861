package org.peersupport.conversation;

/**
 * Where a stored script version is in its life.
 */
public enum ScriptStatus {

	/** Being edited; not used by conversations. */
	DRAFT,

	/** The version new conversations start on (one per script). */
	PUBLISHED,

	/** Published before; conversations started on it still finish on it. */
	RETIRED

}
