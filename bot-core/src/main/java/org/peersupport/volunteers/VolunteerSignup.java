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

	/**
	 * Starts sign-up in the event's chat, in {@code locale}; the script asks for the
	 * programme.
	 */
	public void begin(InboundEvent event, Replies replies, String locale) {
		begin(event, replies, locale, null);
	}

	/**
	 * Starts sign-up in the event's chat, in {@code locale}, for a programme already
	 * known from the invitation link (the script then does not ask).
	 * @param programme a configured programme's key, or null to ask
	 */
	public void begin(InboundEvent event, Replies replies, String locale, String programme) {
		boolean pending = this.volunteers.ofChat(event.chatId())
			.stream()
			.map(Volunteer::status)
			.anyMatch((status) -> status == VolunteerStatus.PENDING);
		if (pending) {
			replies.send(VolunteerTexts.get("already-pending", locale));
			return;
		}
		this.runtime.start(event, replies, SCRIPT, (programme != null) ? Map.of("programme", programme) : Map.of(),
				locale);
	}

}
