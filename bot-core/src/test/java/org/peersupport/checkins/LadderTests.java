package org.peersupport.checkins;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LadderTests {

	@Test
	void eachRungIsReachedAtOneCountOnly() {
		Ladder ladder = new Ladder(3, 2);
		assertThat(IntStream.range(0, 20).filter(ladder::followsUp).boxed()).containsExactly(3);
		assertThat(IntStream.range(0, 20).filter(ladder::alerts).boxed()).containsExactly(5);
	}

	@Test
	void noFurtherPromptsMeansTheAlertComesWithTheFollowUp() {
		Ladder ladder = new Ladder(2, 0);
		assertThat(ladder.followsUp(2)).isTrue();
		assertThat(ladder.alerts(2)).isTrue();
	}

	@Test
	void followUpAfterZeroTurnsTheLadderOff() {
		Ladder off = new Ladder(0, 2);
		assertThat(IntStream.range(0, 20).filter((n) -> off.followsUp(n) || off.alerts(n))).isEmpty();
	}

}
