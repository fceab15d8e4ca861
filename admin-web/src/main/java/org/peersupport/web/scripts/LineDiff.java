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

	/**
	 * The changed lines of a diff with up to {@code context} unchanged lines around each
	 * change; changes closer than that share one hunk. No hunk when nothing changed.
	 */
	static List<Hunk> hunks(List<DiffLine> lines, int context) {
		List<Hunk> hunks = new ArrayList<>();
		int i = 0;
		while (i < lines.size()) {
			int change = nextChange(lines, i);
			if (change < 0) {
				break;
			}
			int start = Math.max(i, change - context);
			int end = change;
			// Extend while the next change lies within twice the context of this hunk's
			// end.
			int next = nextChange(lines, end + 1);
			while (next >= 0 && next - end <= 2 * context + 1) {
				end = next;
				next = nextChange(lines, end + 1);
			}
			int stop = Math.min(lines.size(), end + context + 1);
			hunks.add(new Hunk(start - i, lines.subList(start, stop)));
			i = stop;
		}
		return hunks;
	}

	private static int nextChange(List<DiffLine> lines, int from) {
		for (int i = from; i < lines.size(); i++) {
			if (lines.get(i).change() != Change.SAME) {
				return i;
			}
		}
		return -1;
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

	/**
	 * Adjacent lines of a diff around one or more changes.
	 *
	 * @param skipped how many unchanged lines come before it and are not shown
	 * @param lines its lines
	 */
	record Hunk(int skipped, List<DiffLine> lines) {

		Hunk {
			lines = List.copyOf(lines);
		}

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
