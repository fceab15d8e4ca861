package org.peersupport.web.scripts;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peersupport.scripts.ScriptProblem;
import org.peersupport.scripts.SourcePosition;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemGroupTests {

	private static final ScriptProblem TYPO = new ScriptProblem("unknown-step", "goes to 'ask-nmae'", 8, 5);

	@Test
	void followOnsAreGroupedUnderTheProblemAtTheirCauseAndTheRealOnesKeepTheirOrder() {
		ScriptProblem behind = unreachable(9, new SourcePosition(8, 5));
		ScriptProblem further = unreachable(15, new SourcePosition(8, 5));
		ScriptProblem other = new ScriptProblem("missing-translation", "no ru", 12, 7);

		List<ProblemGroup> groups = ProblemGroup.of(List.of(TYPO, behind, other, further));

		assertThat(groups).extracting(ProblemGroup::problem).containsExactly(TYPO, other);
		assertThat(groups.get(0).followOns()).containsExactly(behind, further);
		assertThat(groups.get(1).followOns()).isEmpty();
	}

	@Test
	void aFollowOnWhoseCauseIsNotListedStandsOnItsOwn() {
		ScriptProblem lost = unreachable(20, new SourcePosition(3, 1));

		assertThat(ProblemGroup.of(List.of(TYPO, lost))).extracting(ProblemGroup::problem).containsExactly(TYPO, lost);
	}

	private static ScriptProblem unreachable(int line, SourcePosition cause) {
		return new ScriptProblem("unreachable-step", "No transition leads to step", line, 5, cause);
	}

}
