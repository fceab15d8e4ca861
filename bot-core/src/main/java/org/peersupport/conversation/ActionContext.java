package org.peersupport.conversation;

import java.time.Instant;
import java.util.Map;

import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.Replies;
import org.peersupport.scripts.ActionCall;
import org.peersupport.scripts.Script;

/**
 * What an action sees: the update being handled, its replies, and the conversation's
 * script, language and stored answers.
 *
 * @param event the update being handled
 * @param replies the update's replies (outgoing calls go here, in a fixed order)
 * @param chatId the private chat
 * @param scriptId the script's id
 * @param scriptKey {@code id@version} of the script
 * @param locale the conversation's language
 * @param fields the answers stored so far (read-only)
 * @param args the action's arguments from the script
 * @param consentVersion the consent accepted in this conversation, or null
 * @param consentedAt when it was accepted, or null
 * @param script the script being run
 * @param conversation the conversation (only the runtime's own actions change it)
 */
public record ActionContext(InboundEvent event, Replies replies, long chatId, String scriptId, String scriptKey,
		String locale, Map<String, Object> fields, Map<String, String> args, String consentVersion, Instant consentedAt,
		Script script, Conversation conversation) {

	static ActionContext of(Conversation conversation, Script script, ActionCall call, InboundEvent event,
			Replies replies) {
		return new ActionContext(event, replies, conversation.chatId(), script.id(), script.key(),
				conversation.locale(), conversation.fields(), call.args(), conversation.consentVersion(),
				conversation.consentedAt(), script, conversation);
	}

	/** A stored field as text, or null. */
	public String field(String name) {
		Object value = this.fields.get(name);
		return (value != null) ? value.toString() : null;
	}

}
