package org.peersupport.safety;

import java.util.List;
import java.util.regex.Pattern;

import org.peersupport.messaging.Button;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;

/**
 * The "I take it" button under a crisis or missed-check-ins alert in the moderators'
 * chat: the first press wins ({@link AlertTaking}); a later press is answered with who
 * took it, and its message shows that too. A press anywhere but in a moderators' chat
 * (the configured one, or a group's own) takes nothing.
 */
class TakeButton implements InboundHandler {

	/** The owner of the button's data ({@code al:<alert id>}). */
	static final String OWNER = "al";

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9]{1,40}");

	private final ModeratorsProperties moderators;

	private final AlertTaking taking;

	private final Alerts alerts;

	private final List<StaffChats> staffChats;

	TakeButton(ModeratorsProperties moderators, AlertTaking taking, Alerts alerts, List<StaffChats> staffChats) {
		this.staffChats = List.copyOf(staffChats);
		this.moderators = moderators;
		this.taking = taking;
		this.alerts = alerts;
	}

	/** The button under an alert, in the moderators' language. */
	static Button button(String alertId, String locale) {
		return new Button(SafetyTexts.get("take.button", locale), OWNER + ":" + alertId);
	}

	@Override
	public Route route() {
		return Route.buttons(OWNER);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		String locale = this.moderators.locale();
		String id = event.buttonData().substring(OWNER.length() + 1);
		Long chat = this.moderators.chatId();
		boolean staffChat = (chat != null && event.chatId() == chat)
				|| this.staffChats.stream().anyMatch((chats) -> chats.isStaffChat(event.chatId()));
		if (!staffChat || event.userId() == null || !ID.matcher(id).matches()) {
			replies.answerButton(SafetyTexts.get("take.gone", locale));
			return;
		}
		String staff = AlertTaking.telegramStaff(event.userId());
		this.taking.take(id, staff);
		Alert alert = this.alerts.find(id, null).orElse(null);
		if (alert == null || alert.takenBy() == null) {
			replies.answerButton(SafetyTexts.get("take.gone", locale));
			return;
		}
		if (staff.equals(alert.takenBy())) {
			replies.answerButton(SafetyTexts.get("take.yours", locale));
			return;
		}
		replies.answerButton(SafetyTexts.get("take.already", locale, alert.takenBy()));
		replies.editPressedMessage(this.taking.takenText(alert), List.of());
	}

}
