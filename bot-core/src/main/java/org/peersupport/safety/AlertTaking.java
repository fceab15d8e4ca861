package org.peersupport.safety;

import java.time.Duration;
import java.util.List;

import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.OutboxRef;
import org.peersupport.messaging.Outgoing;
import org.peersupport.messaging.SendPriority;
import org.peersupport.participants.Programmes;

/**
 * "I take it", from the moderators' chat or the panel: the first press wins (a
 * conditional update of the alert). The winner's take edits the alert's messages in the
 * moderators' chat to say who took it and after how long, removing their buttons, and
 * tells the person of a crisis alert that someone from the team is on it. Each of these
 * is stored once under the alert's id, however often the take is handled.
 */
public class AlertTaking {

	private final Alerts alerts;

	private final Outbox outbox;

	private final ModeratorsProperties moderators;

	private final Programmes programmes;

	public AlertTaking(Alerts alerts, Outbox outbox, ModeratorsProperties moderators, Programmes programmes) {
		this.alerts = alerts;
		this.programmes = programmes;
		this.outbox = outbox;
		this.moderators = moderators;
	}

	/** How a moderator who takes an alert in Telegram is named: by Telegram user id. */
	static String telegramStaff(long userId) {
		return "telegram:" + userId;
	}

	/**
	 * Takes an open alert for {@code staff}.
	 * @return whether they took it; false if someone else did first or it is not open
	 */
	public boolean take(String id, String staff) {
		boolean taken = this.alerts.take(id, staff);
		// Handled again after the take was stored, the winner's messages are stored again
		// under the same ids, so none is lost and none is sent twice.
		this.alerts.find(id, null)
			.filter((alert) -> alert.status() == AlertStatus.TAKEN && staff.equals(alert.takenBy()))
			.ifPresent(this::announce);
		return taken;
	}

	/** The text that replaces an alert's message in the moderators' chat once taken. */
	String takenText(Alert alert) {
		Duration waited = alert.waited();
		return SafetyTexts.get("alert.taken", this.moderators.locale(), alert.personRef(),
				(alert.programme() != null) ? alert.programme() : "-", alert.takenBy(),
				(waited != null) ? Math.max(0, waited.toMinutes()) : 0);
	}

	private void announce(Alert alert) {
		String origin = "alert-taken:" + alert.id();
		if (alert.reason() == ModeratorAlerts.Reason.CRISIS) {
			String locale = (alert.locale() != null) ? alert.locale() : "en";
			this.outbox.put(origin, 0,
					new Outgoing.SendMessage(alert.chatId(), false,
							SafetyTexts.get("taken.person", this.programmes.plainLanguage(alert.programme()), locale),
							List.of()),
					SendPriority.CRISIS);
		}
		List<String> messages = alert.messages();
		for (int i = 0; i < messages.size(); i++) {
			// each message in the chat it went to (a group's own moderators' chat, or the
			// configured one)
			Long chat = this.outbox.chatOf(new OutboxRef(messages.get(i))).orElse(this.moderators.chatId());
			if (chat != null) {
				this.outbox.put(origin, 1 + i, new Outgoing.EditText(chat,
						new Outgoing.MessageTarget(null, messages.get(i)), takenText(alert), List.of()));
			}
		}
	}

}
