package org.peersupport.web.groups;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.peersupport.groups.ModerationRules;
import org.peersupport.groups.PeerGroup;

/**
 * The group page's moderation form: what a moderator typed, field by field, read into
 * {@link ModerationRules} or into a message key per wrong field (nothing is saved while
 * any field is wrong). Banned words are one entry a line, per language.
 *
 * @param values the fields as typed (or as stored, for a new form)
 * @param errors message keys of what is wrong, by field name
 */
record ModerationForm(Map<String, String> values, Map<String, String> errors) {

	/** The languages banned words are kept in, in the form's order. */
	static final List<String> LANGUAGES = List.of("en", "ru", "uk", "pl");

	static final List<String> FLAGS = List.of("linksAllowed", "forwardsAllowed", "mediaAllowed", "holdJoinRequests");

	static final List<String> NUMBERS = List.of("floodPosts", "floodSeconds", "warningsToMute", "warningsHours",
			"muteMinutes", "newcomerHours");

	static final int MAX_WORDS = 100;

	static final int MAX_WORD_LENGTH = 50;

	/** Smallest and largest value of each number field. */
	private static final Map<String, long[]> LIMITS = Map.of("floodPosts",
			new long[] { 1, ModerationRules.MAX_FLOOD_POSTS }, "floodSeconds", new long[] { 1, 3600 }, "warningsToMute",
			new long[] { 1, 10 }, "warningsHours", new long[] { 1, 720 }, "muteMinutes",
			new long[] { 1, Duration.ofDays(366).toMinutes() }, "newcomerHours", new long[] { 0, 168 });

	/** A word with a letter or digit, and {@code *} only at the end of a word. */
	private static final Pattern GOOD_ENTRY = Pattern.compile("(?U)(?=.*[\\p{L}\\p{N}])[^*]*(?:\\*(?=\\s|$)[^*]*)*");

	ModerationForm {
		values = Map.copyOf(values);
		errors = Map.copyOf(errors);
	}

	/** The form as the group's rules are stored. */
	static ModerationForm of(PeerGroup group) {
		ModerationRules rules = group.moderation();
		Map<String, String> values = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			values.put("words_" + language, String.join("\n", rules.bannedWords().getOrDefault(language, List.of())));
		}
		values.put("linksAllowed", Boolean.toString(rules.linksAllowed()));
		values.put("forwardsAllowed", Boolean.toString(rules.forwardsAllowed()));
		values.put("mediaAllowed", Boolean.toString(rules.mediaAllowed()));
		values.put("holdJoinRequests", Boolean.toString(group.holdJoinRequests()));
		values.put("floodPosts", Integer.toString(rules.floodPosts()));
		values.put("floodSeconds", Long.toString(rules.floodSeconds()));
		values.put("warningsToMute", Integer.toString(rules.warningsToMute()));
		values.put("warningsHours", Long.toString(rules.warningsPeriod().toHours()));
		values.put("muteMinutes", Long.toString(rules.muteFor().toMinutes()));
		values.put("newcomerHours", Long.toString(rules.newcomerTextOnly().toHours()));
		return new ModerationForm(values, Map.of());
	}

	/** The form as posted, checked. */
	static ModerationForm posted(Map<String, String> params) {
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			String field = "words_" + language;
			String typed = params.getOrDefault(field, "");
			values.put(field, typed);
			String error = wordsError(typed);
			if (error != null) {
				errors.put(field, error);
			}
		}
		for (String flag : FLAGS) {
			values.put(flag, Boolean.toString("true".equals(params.get(flag))));
		}
		for (String number : NUMBERS) {
			String typed = params.getOrDefault(number, "").strip();
			values.put(number, typed);
			long[] limits = LIMITS.get(number);
			if (!typed.matches("\\d{1,7}") || Long.parseLong(typed) < limits[0] || Long.parseLong(typed) > limits[1]) {
				errors.put(number, "groups.moderation.error." + number);
			}
		}
		return new ModerationForm(values, errors);
	}

	private static String wordsError(String typed) {
		List<String> entries = entries(typed);
		if (entries.size() > MAX_WORDS) {
			return "groups.moderation.error.words-many";
		}
		for (String entry : entries) {
			if (entry.length() > MAX_WORD_LENGTH) {
				return "groups.moderation.error.words-long";
			}
			if (!GOOD_ENTRY.matcher(entry).matches()) {
				return "groups.moderation.error.words-star";
			}
		}
		return null;
	}

	private static List<String> entries(String typed) {
		return typed.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	boolean valid() {
		return this.errors.isEmpty();
	}

	boolean flag(String name) {
		return Boolean.parseBoolean(this.values.get(name));
	}

	/** The rules the form says; only for a valid form. */
	ModerationRules rules() {
		Map<String, List<String>> words = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			words.put(language, entries(this.values.get("words_" + language)));
		}
		return new ModerationRules(words, flag("linksAllowed"), flag("forwardsAllowed"), flag("mediaAllowed"),
				(int) number("floodPosts"), number("floodSeconds"), (int) number("warningsToMute"),
				Duration.ofHours(number("warningsHours")).toSeconds(),
				Duration.ofMinutes(number("muteMinutes")).toSeconds(),
				Duration.ofHours(number("newcomerHours")).toSeconds());
	}

	private long number(String name) {
		return Long.parseLong(this.values.get(name));
	}

	/**
	 * What the audit keeps of a group's rules: every setting, words counted per language.
	 */
	static Map<String, Object> audited(PeerGroup group) {
		ModerationRules rules = group.moderation();
		Map<String, Object> audited = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			audited.put("bannedWords-" + language, rules.bannedWords().getOrDefault(language, List.of()).size());
		}
		audited.put("linksAllowed", rules.linksAllowed());
		audited.put("forwardsAllowed", rules.forwardsAllowed());
		audited.put("mediaAllowed", rules.mediaAllowed());
		audited.put("holdJoinRequests", group.holdJoinRequests());
		audited.put("flood", rules.floodPosts() + "/" + rules.floodSeconds() + "s");
		audited.put("warningsToMute", rules.warningsToMute());
		audited.put("warningsHours", rules.warningsPeriod().toHours());
		audited.put("muteMinutes", rules.muteFor().toMinutes());
		audited.put("newcomerHours", rules.newcomerTextOnly().toHours());
		return audited;
	}

}
