package org.peersupport.groups;

import java.util.List;

/**
 * The groups' moderation log, read: what the bot and the moderators did, newest first.
 */
public interface ModerationHistory {

	/** The actions one can filter on, in their order. */
	List<String> actions();

	/** The records that match, newest first, at most the filter's limit. */
	List<ModerationRecord> find(ModerationFilter filter);

}
