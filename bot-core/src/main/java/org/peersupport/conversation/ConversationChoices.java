package org.peersupport.conversation;

import java.util.Optional;

import org.peersupport.safety.ChosenSoFar;

/**
 * Tells the crisis check what a person chose in their conversation before they are a
 * participant: the language, and the programme once chosen.
 */
class ConversationChoices implements ChosenSoFar {

	private final Conversations conversations;

	ConversationChoices(Conversations conversations) {
		this.conversations = conversations;
	}

	@Override
	public Optional<Choice> of(long chatId) {
		return this.conversations.find(chatId)
			.filter((conversation) -> conversation.locale() != null)
			.map((conversation) -> {
				Object programme = conversation.fields().get("programme");
				return new Choice(conversation.locale(), (programme instanceof String key) ? key : null);
			});
	}

}
