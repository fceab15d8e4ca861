package org.peersupport.volunteers;

import java.util.Map;

import org.peersupport.conversation.ConversationRuntime;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.Replies;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.participants.Volunteers;

/**
 * Starts the volunteer sign-up script, unless the person's application already waits for
 * a moderator.
 */
public class VolunteerSignup {

	/** The sign-up script's id. */
	public static final String SCRIPT = "volunteer-signup";

	private final ConversationRuntime runtime;

	private final Volunteers volunteers;

	public VolunteerSignup(ConversationRuntime runtime, Volunteers volunteers) {
		this.runtime = runtime;
		this.volunteers = volunteers;
	}

	/** Starts sign-up in the event's chat, in {@code locale}. */
	public void begin(InboundEvent event, Replies replies, String locale) {
		boolean pending = this.volunteers.ofChat(event.chatId())
			.stream()
			.map(Volunteer::status)
			.anyMatch((status) -> status == VolunteerStatus.PENDING);
		if (pending) {
			replies.send(VolunteerTexts.get("already-pending", locale));
			return;
		}
		this.runtime.start(event, replies, SCRIPT, Map.of(), locale);
	}

}
