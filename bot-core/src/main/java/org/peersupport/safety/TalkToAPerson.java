package org.peersupport.safety;

import java.util.OptionalLong;

import org.peersupport.messaging.Replies;

/**
 * What keeps the bot's "a person will write to you": the requests feature opens a "talk
 * to a person" request that a volunteer takes and answers through the bot. Declared here,
 * so the conversation runtime and the onboarding can hand a person over without importing
 * that feature.
 */
@FunctionalInterface
public interface TalkToAPerson {

	/**
	 * Opens a "talk to a person" request for the participant in {@code chatId}, as part
	 * of the answer to the event {@code replies} belong to, or finds the one they have
	 * open; safe to run again for the same event.
	 * @return its number, or empty when none can be opened (the person has not joined a
	 * programme yet)
	 */
	OptionalLong open(Replies replies, long chatId);

}
