package org.peersupport.web.scripts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A line diff of two texts: the lines of their longest common subsequence stay, the
 * others are removed or added. Common leading and trailing lines are matched first, so
 * the table is only as large as the changed middle.
 */
final class LineDiff {

	/** Above this many table cells the middle is shown as removed, then added. */
	static final long MAX_CELLS = 4_000_000;

	private LineDiff() {
	}

	/** The lines of {@code to} compared with {@code from}, in reading order. */
	static List<DiffLine> between(String from, String to) {
		String[] a = lines(from);
		String[] b = lines(to);
		int start = 0;
		while (start < a.length && start < b.length && a[start].equals(b[start])) {
			start++;
		}
		int endA = a.length;
		int endB = b.length;
		while (endA > start && endB > start && a[endA - 1].equals(b[endB - 1])) {
			endA--;
			endB--;
		}
		List<DiffLine> result = new ArrayList<>();
		for (int i = 0; i < start; i++) {
			result.add(DiffLine.same(i + 1, i + 1, a[i]));
		}
		middle(Arrays.copyOfRange(a, start, endA), Arrays.copyOfRange(b, start, endB), start, result);
		for (int i = endA, j = endB; i < a.length; i++, j++) {
			result.add(DiffLine.same(i + 1, j + 1, a[i]));
		}
		return result;
	}

	private static void middle(String[] a, String[] b, int offset, List<DiffLine> result) {
		if ((long) (a.length + 1) * (b.length + 1) > MAX_CELLS) {
			for (int i = 0; i < a.length; i++) {
				result.add(DiffLine.removed(offset + i + 1, a[i]));
			}
			for (int j = 0; j < b.length; j++) {
				result.add(DiffLine.added(offset + j + 1, b[j]));
			}
			return;
		}
		// common[i][j]: length of the longest common subsequence of a[i..] and b[j..]
		int[][] common = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		int i = 0;
		int j = 0;
		while (i < a.length || j < b.length) {
			if (i < a.length && j < b.length && a[i].equals(b[j])) {
				result.add(DiffLine.same(offset + i + 1, offset + j + 1, a[i]));
				i++;
				j++;
			}
			else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
				result.add(DiffLine.removed(offset + i + 1, a[i]));
				i++;
			}
			else {
				result.add(DiffLine.added(offset + j + 1, b[j]));
				j++;
			}
		}
	}

	private static String[] lines(String text) {
		return text.isEmpty() ? new String[0] : text.split("\r?\n", -1);
	}

	/** The kind of a line in a diff. */
	enum Change {

		SAME, REMOVED, ADDED

	}

	/**
	 * One line of a diff.
	 *
	 * @param change whether the line stayed, was removed or was added
	 * @param fromLine its number in the old text, 0 if added
	 * @param toLine its number in the new text, 0 if removed
	 * @param text the line
	 */
	record DiffLine(Change change, int fromLine, int toLine, String text) {

		static DiffLine same(int fromLine, int toLine, String text) {
			return new DiffLine(Change.SAME, fromLine, toLine, text);
		}

		static DiffLine removed(int fromLine, String text) {
			return new DiffLine(Change.REMOVED, fromLine, 0, text);
		}

		static DiffLine added(int toLine, String text) {
			return new DiffLine(Change.ADDED, 0, toLine, text);
		}

		/** The marker shown before the line: space, minus or plus. */
		public String marker() {
			return switch (this.change) {
				case SAME -> " ";
				case REMOVED -> "-";
				case ADDED -> "+";
			};
		}

	}

}
