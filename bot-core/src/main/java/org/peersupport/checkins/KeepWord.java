package org.peersupport.checkins;

import org.peersupport.conversation.ActionContext;
import org.peersupport.conversation.ScriptAction;

/**
 * The {@code keepWord} action of the check-in script: the word about the day is kept with
 * the answer to the prompt the conversation answers (after a crisis message the runtime
 * runs no action, so such words are not kept).
 */
class KeepWord implements ScriptAction {

	/** The action's name in scripts. */
	static final String NAME = "keepWord";

	private final MoodPoints moods;

	KeepWord(MoodPoints moods) {
		this.moods = moods;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void run(ActionContext context) {
		String word = context.field(CheckInScript.WORD);
		if (word == null) {
			return;
		}
		this.moods.addWord(context.chatId(), RecordMood.occurrence(context), WordOfTheDay.clip(word));
	}

}
