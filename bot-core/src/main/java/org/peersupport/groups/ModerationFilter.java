package org.peersupport.groups;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * What of the groups' moderation log to find; null fields do not filter.
 *
 * @param groups the groups (the viewer's, or one of them); required, so that nobody sees
 * another programme's groups by leaving it out
 * @param action one action ({@code WARN} …), or null
 * @param byBot true for the bot's own actions, false for moderators', null for both
 * @param from the earliest time, inclusive
 * @param until the latest time, exclusive
 * @param limit the most records returned, newest first
 */
public record ModerationFilter(Collection<Long> groups, String action, Boolean byBot, Instant from, Instant until,
		int limit) {

	public ModerationFilter {
		groups = List.copyOf(groups);
		if (limit < 1) {
			throw new IllegalArgumentException("A limit is positive");
		}
	}

}
