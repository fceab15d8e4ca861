package org.peersupport.groups.moderation;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds a group's banned words in a post, whatever the case, the letters' styles and
 * marks, and ё written as е. An entry is one word or several that stand together; an
 * entry word ending in {@code *} matches any word starting with it.
 */
final class BannedWords {

	private static final Pattern WORD_GAP = Pattern.compile("[^\\p{L}\\p{N}*]+");

	private static final Pattern TEXT_GAP = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\p{Mn}\\p{Me}]");

	private final List<List<String>> entries;

	BannedWords(Collection<? extends Collection<String>> lists) {
		this.entries = lists.stream()
			.flatMap(Collection::stream)
			.map((entry) -> words(entry, WORD_GAP))
			.filter((words) -> !words.isEmpty())
			.toList();
	}

	/** Whether the text holds a banned word. */
	boolean foundIn(String text) {
		if (text == null || this.entries.isEmpty()) {
			return false;
		}
		List<String> words = words(text, TEXT_GAP);
		for (List<String> entry : this.entries) {
			for (int start = 0; start + entry.size() <= words.size(); start++) {
				if (matchesAt(entry, words, start)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean matchesAt(List<String> entry, List<String> words, int start) {
		for (int i = 0; i < entry.size(); i++) {
			String part = entry.get(i);
			String word = words.get(start + i);
			boolean prefix = part.endsWith("*");
			if (prefix ? !word.startsWith(part.substring(0, part.length() - 1)) : !word.equals(part)) {
				return false;
			}
		}
		return true;
	}

	private static List<String> words(String text, Pattern gap) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		folded = INVISIBLE.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
		folded = Normalizer.normalize(folded, Normalizer.Form.NFC).replace('ё', 'е');
		return Arrays.stream(gap.split(folded)).filter((w) -> !w.isEmpty() && !w.equals("*")).toList();
	}

}
