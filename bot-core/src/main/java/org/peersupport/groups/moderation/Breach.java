package org.peersupport.groups.moderation;

/**
 * Which rule a post broke, or why a moderator warned; each has its text
 * ({@code rule.<NAME>}).
 */
enum Breach {

	/** A word the group does not allow. */
	BANNED_WORDS,

	/** A link where links are not allowed. */
	LINKS,

	/** A forwarded post where they are not allowed. */
	FORWARDS,

	/** Media where only text is allowed. */
	MEDIA,

	/** More posts than the flood limit allows. */
	FLOOD,

	/** A moderator's warning ({@code /warn}, or a report's warn button). */
	MODERATOR

}
