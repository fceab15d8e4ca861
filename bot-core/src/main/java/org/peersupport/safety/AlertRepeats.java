package org.peersupport.safety;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.peersupport.leases.ItemLeases;
import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.OutboxRef;
import org.peersupport.messaging.Outgoing;
import org.peersupport.messaging.SendPriority;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Repeats a crisis alert that nobody took within
 * {@code peer.moderators.alerts.repeat-after} of being raised, once, louder, with its
 * "take it" button. Moderators have no Telegram chat of their own in the data, so the
 * repeat goes to the moderators' chat, where all of them are; without that chat the alert
 * is only marked repeated (the panel lists it anyway). Due alerts are claimed through the
 * lease helper, so on any number of instances each is repeated once; the repeat is stored
 * under the alert's id before the alert is marked, so a crash between the two repeats
 * nothing twice.
 */
class AlertRepeats {

	/** Far longer than one alert's work. */
	private static final Duration CLAIM = Duration.ofMinutes(2);

	private static final int BATCH = 50;

	private final ItemLeases leases;

	private final Outbox outbox;

	private final ModeratorsProperties moderators;

	private final Clock clock;

	AlertRepeats(ItemLeases leases, Outbox outbox, ModeratorsProperties moderators, Clock clock) {
		this.leases = leases;
		this.outbox = outbox;
		this.moderators = moderators;
		this.clock = clock;
	}

	/**
	 * Repeats the crisis alerts due now.
	 * @return how many were repeated by this call
	 */
	int repeatDue() {
		Instant now = this.clock.instant();
		int repeated = 0;
		for (Alert due : this.leases.claim(Alert.class, Alerts.untakenFor(this.moderators.alerts().repeatAfter(), now),
				Sort.by("createdAt"), BATCH, CLAIM)) {
			Update done = new Update().set("repeatedAt", now);
			Long chat = this.moderators.chatId();
			if (chat != null) {
				String locale = this.moderators.locale();
				String text = SafetyTexts.get("alert.repeat", locale, due.personRef(),
						(due.programme() != null) ? due.programme() : "-",
						Duration.between(due.createdAt(), now).toMinutes());
				OutboxRef sent = this.outbox.put("alert-repeat:" + due.id(), 0, new Outgoing.SendMessage(chat, true,
						text, List.of(List.of(TakeButton.button(due.id(), locale)))), SendPriority.CRISIS);
				done.addToSet("messages", sent.entryId());
			}
			if (this.leases.complete(Alert.class, due.id(), done)) {
				repeated++;
			}
		}
		return repeated;
	}

}
