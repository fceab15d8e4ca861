package org.peersupport.conversation;

import java.util.ArrayList;
import java.util.List;

import org.peersupport.participants.PersonalData;

/**
 * The conversation in progress: its answers so far in {@code /mydata}; erased with the
 * person.
 */
class ConversationData implements PersonalData {

	private final Conversations conversations;

	private final ShownAnswers answers;

	ConversationData(Conversations conversations, ShownAnswers answers) {
		this.conversations = conversations;
		this.answers = answers;
	}

	@Override
	public List<String> describe(long chatId, String locale, boolean plain) {
		Conversation conversation = this.conversations.find(chatId).orElse(null);
		if (conversation == null || !conversation.status().isOpen() || conversation.fields().isEmpty()) {
			return List.of();
		}
		List<String> lines = new ArrayList<>();
		lines.add(ConversationTexts.get("mydata.conversation", plain, locale));
		lines.addAll(this.answers.lines(conversation.fields(),
				conversation.scriptId() + "@" + conversation.scriptVersion(), locale, plain));
		return lines;
	}

	@Override
	public void erase(long chatId) {
		this.conversations.erase(chatId);
	}

}
