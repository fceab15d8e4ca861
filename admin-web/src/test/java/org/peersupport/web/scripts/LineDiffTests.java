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

}
