package org.peersupport.requests;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.peersupport.conversation.CallbackSigner;
import org.peersupport.messaging.Button;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.Volunteers;

/**
 * {@code /offer_medicine}: a medicine donor's standing offers, a button to withdraw each
 * and one to record a new one.
 */
class MedicineOfferCommand implements InboundHandler {

	static final String NAME = "offer_medicine";

	/** The owner of the donor's buttons ({@code rm:<payload>:<signature>}). */
	static final String OWNER = "rm";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final MedicineOffers offers;

	private final MedicineDonors donors;

	private final Volunteers volunteers;

	private final RequestIntake intake;

	private final CallbackSigner signer;

	private final Clock clock;

	MedicineOfferCommand(MedicineOffers offers, MedicineDonors donors, Volunteers volunteers, RequestIntake intake,
			CallbackSigner signer, Clock clock) {
		this.offers = offers;
		this.donors = donors;
		this.volunteers = volunteers;
		this.intake = intake;
		this.signer = signer;
		this.clock = clock;
	}

	@Override
	public Route route() {
		return Route.commands(NAME);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		Optional<Volunteer> donor = donor(event.chatId());
		String locale = donor.map(Volunteer::locale).orElseGet(() -> this.intake.locale(event));
		if (donor.isEmpty()) {
			replies.send(RequestTexts.get("offer.medicine.not-donor", locale));
			return;
		}
		List<MedicineOffer> standing = this.offers.standingOf(event.chatId(), this.clock.instant());
		replies.send(list(standing, locale), buttons(event.chatId(), standing, locale));
	}

	/** The chat's volunteer, if they are a medicine donor. */
	Optional<Volunteer> donor(long chatId) {
		return this.volunteers.ofChat(chatId).stream().filter(this.donors::isDonor).findFirst();
	}

	/** The text listing the donor's standing offers. */
	String list(List<MedicineOffer> standing, String locale) {
		if (standing.isEmpty()) {
			return RequestTexts.get("offer.medicine.none", locale);
		}
		StringBuilder text = new StringBuilder(RequestTexts.get("offer.medicine.heading", locale));
		for (MedicineOffer offer : standing) {
			text.append('\n').append(RequestTexts.get("offer.medicine.line", locale, describe(offer, locale)));
		}
		return text.toString();
	}

	/** A withdraw button per standing offer, then "New offer". */
	List<List<Button>> buttons(long chatId, List<MedicineOffer> standing, String locale) {
		List<List<Button>> buttons = new ArrayList<>();
		for (MedicineOffer offer : standing) {
			buttons.add(List.of(button(chatId, "w:" + offer.id(),
					RequestTexts.get("offer.medicine.withdraw", locale, offer.medicine()))));
		}
		buttons.add(List.of(button(chatId, "n", RequestTexts.get("offer.medicine.new", locale))));
		return buttons;
	}

	/**
	 * The payload of one of the donor's buttons, if its signature holds in this chat.
	 */
	Optional<String> payload(InboundEvent event) {
		return this.signer.verify(event.chatId(), event.buttonData(), OWNER);
	}

	private Button button(long chatId, String payload, String label) {
		return new Button(label, this.signer.sign(chatId, OWNER, payload, OWNER));
	}

	/** An offer in one line: medicine, amount, region, last day. */
	static String describe(MedicineOffer offer, String locale) {
		String where = (offer.region() != null) ? RequestTexts.get("offer.medicine.where", locale, offer.region())
				: RequestTexts.get("offer.medicine.anywhere", locale);
		return RequestTexts.get("offer.medicine.describe", locale, offer.medicine(), offer.amount(), where,
				DAY.format(offer.validUntil()));
	}

}
