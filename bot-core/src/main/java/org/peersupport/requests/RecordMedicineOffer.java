package org.peersupport.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.peersupport.conversation.ActionContext;
import org.peersupport.conversation.ScriptAction;
import org.peersupport.participants.Programmes;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.Volunteers;

/**
 * The {@code recordMedicineOffer} action: stores the offer the medicine-offer script
 * collected (it holds to the end of its last day in the programme's time zone) and tells
 * the donor.
 */
class RecordMedicineOffer implements ScriptAction {

	private final MedicineOffers offers;

	private final MedicineDonors donors;

	private final Volunteers volunteers;

	private final Programmes programmes;

	private final Clock clock;

	RecordMedicineOffer(MedicineOffers offers, MedicineDonors donors, Volunteers volunteers, Programmes programmes,
			Clock clock) {
		this.offers = offers;
		this.donors = donors;
		this.volunteers = volunteers;
		this.programmes = programmes;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "recordMedicineOffer";
	}

	@Override
	public void run(ActionContext context) {
		Volunteer donor = this.volunteers.ofChat(context.chatId())
			.stream()
			.filter(this.donors::isDonor)
			.findFirst()
			.orElse(null);
		if (donor == null) {
			context.replies().send(RequestTexts.get("offer.medicine.not-donor", context.locale()));
			return;
		}
		LocalDate until = LocalDate.parse(context.field("validUntil"));
		Instant expiresAt = until.plusDays(1)
			.atStartOfDay(this.programmes.findOrFirst(donor.programme()).timeZone())
			.toInstant();
		// Derived from the update's receipt, so handling it again finds the same offer.
		MedicineOffer offer = this.offers.record(new MedicineOffer("MO-" + context.event().receipt(), context.chatId(),
				donor.id(), donor.programme(), context.field("medicine").strip(), context.field("amount").strip(),
				blankToNull(context.field("region")), until, expiresAt, MedicineOffer.Status.ACTIVE,
				this.clock.instant(), null, MedicineOffer.SCHEMA_VERSION));
		context.replies()
			.send(RequestTexts.get("offer.medicine.recorded", context.locale(),
					MedicineOfferCommand.describe(offer, context.locale())));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
