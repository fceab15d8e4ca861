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

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Marks the medicine offers whose last day has passed as expired and tells each donor,
 * once. (An offer stops matching at its stored expiry whether or not this has run.) Each
 * offer is claimed through the lease helper, so of several instances one handles it.
 */
public class MedicineOfferExpiry {

	private static final Duration CLAIM = Duration.ofMinutes(2);

	private final ItemLeases leases;

	private final Outbox outbox;

	private final Volunteers volunteers;

	private final Clock clock;

	MedicineOfferExpiry(ItemLeases leases, Outbox outbox, Volunteers volunteers, Clock clock) {
		this.leases = leases;
		this.outbox = outbox;
		this.volunteers = volunteers;
		this.clock = clock;
	}

	/**
	 * Expires every due offer.
	 * @return how many this call expired
	 */
	public int expireDue() {
		Instant now = this.clock.instant();
		int expired = 0;
		List<MedicineOffer> due = this.leases.claim(MedicineOffer.class, MedicineOffers.expiryDue(now),
				Sort.by("expiresAt"), 100, CLAIM);
		for (MedicineOffer offer : due) {
			String locale = this.volunteers.find(offer.volunteerId()).map(Volunteer::locale).orElse("en");
			// Stored before the state moves, under an origin unique to this offer.
			this.outbox.put("rm-expired:" + offer.id(), 0, new Outgoing.SendMessage(offer.chatId(), false,
					RequestTexts.get("offer.medicine.expired", locale, MedicineOfferCommand.describe(offer, locale)),
					List.of()));
			if (this.leases.complete(MedicineOffer.class, offer.id(),
					new Update().set("status", MedicineOffer.Status.EXPIRED).set("closedAt", now))) {
				expired++;
			}
		}
		return expired;
	}

}
