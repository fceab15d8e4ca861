package org.peersupport.web.scripts;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peersupport.web.scripts.LineDiff.DiffLine;

import static org.assertj.core.api.Assertions.assertThat;

class LineDiffTests {

	@Test
	void equalTextsHaveOnlyUnchangedLinesNumberedInBoth() {
		assertThat(LineDiff.between("a\nb", "a\nb")).containsExactly(DiffLine.same(1, 1, "a"),
				DiffLine.same(2, 2, "b"));
	}

	@Test
	void aChangedLineIsRemovedThenAddedBetweenUnchangedOnes() {
		List<DiffLine> diff = LineDiff.between("id: x\nversion: 1\ntext: hi", "id: x\nversion: 2\ntext: hi");
		assertThat(diff).containsExactly(DiffLine.same(1, 1, "id: x"), DiffLine.removed(2, "version: 1"),
				DiffLine.added(2, "version: 2"), DiffLine.same(3, 3, "text: hi"));
	}

	@Test
	void insertedAndDeletedLinesInTheMiddleKeepTheLongestCommonPart() {
		List<DiffLine> diff = LineDiff.between("a\nb\nc\nd\ne", "a\nc\nx\nd\ne\nf");
		assertThat(diff).containsExactly(DiffLine.same(1, 1, "a"), DiffLine.removed(2, "b"), DiffLine.same(3, 2, "c"),
				DiffLine.added(3, "x"), DiffLine.same(4, 4, "d"), DiffLine.same(5, 5, "e"), DiffLine.added(6, "f"));
	}

	@Test
	void movedLinesAreOneRemovalAndOneAddition() {
		List<DiffLine> diff = LineDiff.between("a\nb\nc", "b\nc\na");
		assertThat(diff).containsExactly(DiffLine.removed(1, "a"), DiffLine.same(2, 1, "b"), DiffLine.same(3, 2, "c"),
				DiffLine.added(3, "a"));
	}

	@Test
	void fromEmptyEveryLineIsAddedAndWindowsLineEndsAreIgnored() {
		assertThat(LineDiff.between("", "a\r\nb")).containsExactly(DiffLine.added(1, "a"), DiffLine.added(2, "b"));
		assertThat(LineDiff.between("a\r\nb", "a\nb")).extracting(DiffLine::change).containsOnly(LineDiff.Change.SAME);
	}

	@Test
	void aMiddleTooLargeForTheTableIsShownAsRemovedThenAdded() {
		String from = "same\n" + "old\n".repeat(2100) + "end";
		String to = "same\n" + "new\n".repeat(2100) + "end";
		List<DiffLine> diff = LineDiff.between(from, to);
		assertThat(diff).hasSize(2 + 4200);
		assertThat(diff.get(1)).isEqualTo(DiffLine.removed(2, "old"));
		assertThat(diff.get(2101)).isEqualTo(DiffLine.added(2, "new"));
		assertThat(diff.get(diff.size() - 1)).isEqualTo(DiffLine.same(2102, 2102, "end"));
	}

	@Test
	void hunksShowEachChangeWithThreeLinesAroundItAndCountTheLinesLeftOut() {
		String from = numbered(1, 30);
		String to = from.replace("line 10\n", "line ten\n").replace("line 25\n", "line twenty-five\n");

		List<LineDiff.Hunk> hunks = LineDiff.hunks(LineDiff.between(from, to), 3);

		assertThat(hunks).extracting(LineDiff.Hunk::skipped).containsExactly(6, 8);
		assertThat(hunks.get(0).lines()).extracting(DiffLine::text)
			.containsExactly("line 7", "line 8", "line 9", "line 10", "line ten", "line 11", "line 12", "line 13");
		assertThat(hunks.get(1).lines()).extracting(DiffLine::text)
			.containsExactly("line 22", "line 23", "line 24", "line 25", "line twenty-five", "line 26", "line 27",
					"line 28");
	}

	@Test
	void changesCloserThanTwiceTheContextShareOneHunk() {
		String from = numbered(1, 20);
		String to = from.replace("line 5\n", "five\n").replace("line 11\n", "eleven\n");

		List<LineDiff.Hunk> hunks = LineDiff.hunks(LineDiff.between(from, to), 3);

		assertThat(hunks).singleElement().satisfies((hunk) -> {
			assertThat(hunk.skipped()).isEqualTo(1);
			assertThat(hunk.lines()).extracting(DiffLine::text)
				.startsWith("line 2")
				.endsWith("eleven", "line 12", "line 13", "line 14");
		});
	}

	@Test
	void aChangeAtTheEdgesHasOnlyTheContextThereIsAndNoChangeHasNoHunk() {
		String from = numbered(1, 10);

		assertThat(LineDiff.hunks(LineDiff.between(from, from), 3)).isEmpty();
		List<LineDiff.Hunk> hunks = LineDiff.hunks(LineDiff.between(from, "first\n" + from.replace("line 1\n", "")), 3);
		assertThat(hunks).singleElement().satisfies((hunk) -> {
			assertThat(hunk.skipped()).isZero();
			assertThat(hunk.lines()).extracting(DiffLine::text)
				.containsExactly("line 1", "first", "line 2", "line 3", "line 4");
		});
	}

	private static String numbered(int first, int last) {
		StringBuilder text = new StringBuilder();
		for (int i = first; i <= last; i++) {
			text.append("line ").append(i).append('\n');
		}
		return text.toString();
	}

}
