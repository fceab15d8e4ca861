package org.peersupport.safety;

import java.util.Optional;

/**
 * What a person chose in the bot before they are a participant (their language, perhaps
 * their programme), told by the feature that asked them: the conversation in progress.
 * The crisis reply speaks their language from their first choice on.
 */
public interface ChosenSoFar {

	/** What the person in this private chat chose so far, if anything. */
	Optional<Choice> of(long chatId);

	/**
	 * A person's choices so far.
	 *
	 * @param locale the language they chose
	 * @param programme the programme's key, or null if not chosen yet
	 */
	record Choice(String locale, String programme) {

	}

}
