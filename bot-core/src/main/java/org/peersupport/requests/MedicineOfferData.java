package org.peersupport.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.peersupport.participants.PersonalData;

/**
 * A donor's medicine offers in {@code /mydata}, as they entered them, standing or not;
 * erased with the person.
 */
class MedicineOfferData implements PersonalData {

	private final MedicineOffers offers;

	private final Clock clock;

	MedicineOfferData(MedicineOffers offers, Clock clock) {
		this.offers = offers;
		this.clock = clock;
	}

	@Override
	public List<String> describe(long chatId, String locale, boolean plain) {
		List<MedicineOffer> all = this.offers.ofChat(chatId);
		if (all.isEmpty()) {
			return List.of();
		}
		List<String> lines = new ArrayList<>();
		lines.add(RequestTexts.get("mydata.medicine.heading", plain, locale));
		Instant now = this.clock.instant();
		for (MedicineOffer offer : all) {
			// Past its last day, it no longer stands even before the expiry job marks it.
			MedicineOffer.Status status = (offer.status() == MedicineOffer.Status.ACTIVE && !offer.standingAt(now))
					? MedicineOffer.Status.EXPIRED : offer.status();
			lines.add(RequestTexts.get("mydata.medicine." + status.name(), plain, locale,
					MedicineOfferCommand.describe(offer, locale)));
		}
		return lines;
	}

	@Override
	public void erase(long chatId) {
		this.offers.erase(chatId);
	}

}
