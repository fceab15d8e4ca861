package org.peersupport.requests;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.peersupport.conversation.ConversationRuntime;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;
import org.peersupport.participants.Volunteer;
import org.peersupport.scripts.RuntimeTexts;

/**
 * Presses of a donor's offer buttons: "New offer" starts the medicine-offer script, a
 * withdraw button withdraws that offer (only the donor's own, only while it stands).
 */
class MedicineOfferButtons implements InboundHandler {

	/** The script that records an offer. */
	static final String SCRIPT = "medicine-offer";

	private final MedicineOfferCommand command;

	private final MedicineOffers offers;

	private final ConversationRuntime runtime;

	private final Clock clock;

	MedicineOfferButtons(MedicineOfferCommand command, MedicineOffers offers, ConversationRuntime runtime,
			Clock clock) {
		this.command = command;
		this.offers = offers;
		this.runtime = runtime;
		this.clock = clock;
	}

	@Override
	public Route route() {
		return Route.buttons(MedicineOfferCommand.OWNER);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		Volunteer donor = this.command.donor(event.chatId()).orElse(null);
		String payload = this.command.payload(event).orElse("");
		if (donor == null || !(payload.equals("n") || payload.startsWith("w:"))) {
			String locale = (donor != null) ? donor.locale() : "en";
			replies.answerButton(RuntimeTexts.bundled().text("callback.expired", false, Locale.forLanguageTag(locale)));
			return;
		}
		if (payload.equals("n")) {
			replies.answerButton(null);
			this.runtime.start(event, replies, SCRIPT, Map.of(), donor.locale());
			return;
		}
		withdraw(event, replies, donor, payload.substring(2));
	}

	private void withdraw(InboundEvent event, Replies replies, Volunteer donor, String id) {
		String locale = donor.locale();
		this.offers.withdraw(id, event.chatId(), this.clock.instant());
		// Handled again after the withdrawal was stored, the same answers are made.
		MedicineOffer offer = this.offers.find(id)
			.filter((o) -> o.chatId() == event.chatId() && o.status() == MedicineOffer.Status.WITHDRAWN)
			.orElse(null);
		String answer = (offer != null) ? RequestTexts.get("offer.medicine.withdrawn", locale, offer.medicine())
				: RuntimeTexts.bundled().text("callback.expired", false, Locale.forLanguageTag(locale));
		replies.answerButton(answer);
		List<MedicineOffer> standing = this.offers.standingOf(event.chatId(), this.clock.instant());
		replies.editPressedMessage(this.command.list(standing, locale),
				this.command.buttons(event.chatId(), standing, locale));
	}

}
