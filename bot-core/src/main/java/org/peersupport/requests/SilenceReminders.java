package org.peersupport.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.peersupport.leases.ItemLeases;
import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.Outgoing;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.Volunteers;
import org.peersupport.safety.ModeratorAlerts;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Claimed requests whose volunteer has not written to the participant for the configured
 * silence: the volunteer is reminded; silent as long again, the moderators are alerted,
 * once until the volunteer writes. Each due request is claimed through the lease helper,
 * and each message is stored under an origin unique to that silence.
 */
public class SilenceReminders {

	private static final Duration CLAIM = Duration.ofMinutes(2);

	private final ItemLeases leases;

	private final Outbox outbox;

	private final Volunteers volunteers;

	private final ModeratorAlerts alerts;

	private final RequestsProperties properties;

	private final Clock clock;

	SilenceReminders(ItemLeases leases, Outbox outbox, Volunteers volunteers, ModeratorAlerts alerts,
			RequestsProperties properties, Clock clock) {
		this.leases = leases;
		this.outbox = outbox;
		this.volunteers = volunteers;
		this.alerts = alerts;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Reminds or alerts for every request due.
	 * @return how many were handled
	 */
	public int sendDue() {
		Instant now = this.clock.instant();
		List<HelpRequest> due = this.leases.claim(HelpRequest.class, HelpRequests.silenceDue(now),
				Sort.by("silentDueAt"), 100, CLAIM);
		for (HelpRequest request : due) {
			String silence = request.number() + ":" + request.silentDueAt().toEpochMilli();
			if (request.remindedAt() == null) {
				String locale = this.volunteers.find(request.claimedBy()).map(Volunteer::locale).orElse("en");
				this.outbox.put("rq-remind:" + silence, 0, new Outgoing.SendMessage(request.claimedChat(), false,
						RequestTexts.get("silence.reminder", locale, String.valueOf(request.number())), List.of()));
				this.leases.complete(HelpRequest.class, request.id(),
						new Update().set("remindedAt", now).set("silentDueAt", now.plus(this.properties.silence())));
			}
			else {
				this.alerts.alert("rq-silent:" + silence, ModeratorAlerts.Reason.REQUEST_SILENT, request.chatId(),
						String.valueOf(request.number()));
				this.leases.complete(HelpRequest.class, request.id(), new Update().unset("silentDueAt"));
			}
		}
		return due.size();
	}

}
