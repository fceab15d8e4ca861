package org.peersupport.groups;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A group's rules for what members post, kept on the group: a breach deletes the post and
 * warns its author privately; enough warnings in a period mute them for a while (never a
 * ban: only a moderator bans). Durations are kept in seconds.
 *
 * @param bannedWords words not allowed, per locale (ru, uk, pl, en); every locale's list
 * is checked, since people switch languages. A word ending in {@code *} matches every
 * word starting with it; words in one entry must stand together in that order
 * @param linksAllowed whether posts may carry links
 * @param forwardsAllowed whether posts forwarded from elsewhere are allowed
 * @param mediaAllowed whether photos, videos, stickers, voice notes and files are allowed
 * @param floodPosts how many posts one member may send within {@code floodSeconds}; one
 * more is a breach
 * @param floodSeconds the flood window
 * @param warningsToMute how many warnings within {@code warningsSeconds} mute a member
 * @param warningsSeconds the period warnings are counted in
 * @param muteSeconds how long a member is muted after too many warnings (and by
 * {@code /mute} without a time)
 * @param newcomerTextOnlySeconds how long a newcomer may send text only after being let
 * in; 0 for no such restriction
 */
public record ModerationRules(Map<String, List<String>> bannedWords, boolean linksAllowed, boolean forwardsAllowed,
		boolean mediaAllowed, int floodPosts, long floodSeconds, int warningsToMute, long warningsSeconds,
		long muteSeconds, long newcomerTextOnlySeconds) {

	/** The most posts a flood limit can allow. */
	public static final int MAX_FLOOD_POSTS = 30;

	/**
	 * The rules of a group nobody changed: no banned words (each group's moderators set
	 * their own), no links and no forwarded posts (the usual ways of spam and scams),
	 * media allowed, at most 6 posts in 10 seconds, 3 warnings in a day mute for an hour,
	 * newcomers send text only on their first day.
	 */
	public static final ModerationRules DEFAULTS = new ModerationRules(Map.of(), false, false, true, 6, 10, 3,
			Duration.ofDays(1).toSeconds(), Duration.ofHours(1).toSeconds(), Duration.ofDays(1).toSeconds());

	public ModerationRules {
		Map<String, List<String>> words = new TreeMap<>();
		if (bannedWords != null) {
			bannedWords.forEach((locale, list) -> {
				String language = locale.toLowerCase(Locale.ROOT);
				if (!GroupSettings.LANGUAGES.contains(language)) {
					throw new IllegalArgumentException("Unknown language of banned words: " + locale);
				}
				List<String> kept = (list != null)
						? list.stream().map(String::strip).filter((w) -> !w.isEmpty() && !w.equals("*")).toList()
						: List.of();
				if (!kept.isEmpty()) {
					words.put(language, kept);
				}
			});
		}
		bannedWords = Map.copyOf(words);
		if (floodPosts < 1 || floodPosts > MAX_FLOOD_POSTS || floodSeconds < 1) {
			throw new IllegalArgumentException(
					"A flood limit is 1 to " + MAX_FLOOD_POSTS + " posts in a positive time");
		}
		if (warningsToMute < 1 || warningsSeconds < 1 || muteSeconds < 60) {
			throw new IllegalArgumentException("Muting needs at least one warning, a period, and a minute or more");
		}
		if (newcomerTextOnlySeconds < 0) {
			throw new IllegalArgumentException("The newcomers' text-only time cannot be negative");
		}
	}

	/** The flood window. */
	public Duration floodWindow() {
		return Duration.ofSeconds(this.floodSeconds);
	}

	/** The period warnings are counted in. */
	public Duration warningsPeriod() {
		return Duration.ofSeconds(this.warningsSeconds);
	}

	/** How long too many warnings mute. */
	public Duration muteFor() {
		return Duration.ofSeconds(this.muteSeconds);
	}

	/** How long newcomers send text only (zero: not at all). */
	public Duration newcomerTextOnly() {
		return Duration.ofSeconds(this.newcomerTextOnlySeconds);
	}

}
