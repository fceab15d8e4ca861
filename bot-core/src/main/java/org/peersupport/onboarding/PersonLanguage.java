package org.peersupport.onboarding;

import java.util.Locale;

import org.peersupport.conversation.Conversation;
import org.peersupport.conversation.ConversationRuntime;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.participants.Programmes;
import org.peersupport.scripts.RuntimeTexts;

import org.springframework.stereotype.Component;

/**
 * The language to answer a person in: the one they chose (as a participant, or in the
 * conversation in progress), else their Telegram language if the bot speaks it, else
 * English.
 */
@Component
class PersonLanguage {

	private final Participants participants;

	private final ConversationRuntime runtime;

	private final Programmes programmes;

	PersonLanguage(Participants participants, ConversationRuntime runtime, Programmes programmes) {
		this.participants = participants;
		this.runtime = runtime;
		this.programmes = programmes;
	}

	String of(InboundEvent event) {
		return this.participants.find(event.chatId())
			.map(Participant::locale)
			.or(() -> this.runtime.open(event.chatId()).map(Conversation::locale))
			.orElseGet(() -> telegram(event));
	}

	/**
	 * Whether the person of this chat is spoken to in plain language: their programme is,
	 * or (while they join, before it is stored) the conversation they are in.
	 */
	boolean plain(long chatId) {
		return this.participants.find(chatId)
			.map((participant) -> this.programmes.plainLanguage(participant.programme()))
			.filter(Boolean::booleanValue)
			.orElseGet(() -> this.runtime.inPlainLanguage(chatId));
	}

	static String telegram(InboundEvent event) {
		return RuntimeTexts.bundled().supported(event.languageCode()).map(Locale::getLanguage).orElse("en");
	}

}
