package org.peersupport.checkins;

/**
 * The missed-check-in ladder: after {@code followUpAfter} prompts in a row without an
 * answer the next comes as a gentle follow-up, and after {@code alertAfter} more the team
 * is alerted. Each rung is reached once a run, since the count of unanswered prompts
 * grows by one a prompt and starts again at zero with an answer.
 *
 * @param followUpAfter unanswered prompts before the follow-up; 0: no ladder
 * @param alertAfter further unanswered prompts before the alert
 */
record Ladder(int followUpAfter, int alertAfter) {

	/** Whether the prompt after {@code unanswered} unanswered ones is the follow-up. */
	boolean followsUp(int unanswered) {
		return this.followUpAfter > 0 && unanswered == this.followUpAfter;
	}

	/** Whether {@code unanswered} unanswered prompts are the ones the team is told of. */
	boolean alerts(int unanswered) {
		return this.followUpAfter > 0 && unanswered == this.followUpAfter + this.alertAfter;
	}

}
