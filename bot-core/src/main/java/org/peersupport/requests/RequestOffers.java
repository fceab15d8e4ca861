package org.peersupport.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.peersupport.conversation.CallbackSigner;
import org.peersupport.leases.ItemLeases;
import org.peersupport.messaging.Button;
import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.OutboxRef;
import org.peersupport.messaging.Outgoing;
import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.participants.Programmes;
import org.peersupport.participants.Volunteer;
import org.peersupport.safety.ModeratorAlerts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Offers open requests to volunteers in waves: a new request at once to the first few
 * best-matching volunteers who may be sent it now, then, every wave interval while nobody
 * has taken it, to more of them (twice as many each wave), and to any volunteer who comes
 * to match meanwhile (approved, resumed, out of quiet hours, under their limit again).
 * The final wave, when nobody matches or the request waited untaken longer than its
 * urgency allows, offers it to every matching volunteer who may be sent it and alerts the
 * moderators, once. A medicine request's first wave goes to the donors whose standing
 * offer matches it, when any may be sent it now; the usual waves follow. Each wave is
 * claimed through the lease helper, so of several instances one sends it.
 */
public class RequestOffers {

	/** The owner of the volunteers' offer buttons ({@code rv:t:<number>:<signature>}). */
	static final String OWNER = "rv";

	private static final Logger log = LoggerFactory.getLogger(RequestOffers.class);

	private static final Duration CLAIM = Duration.ofMinutes(2);

	private final HelpRequests requests;

	private final VolunteerMatching matching;

	private final ItemLeases leases;

	private final Outbox outbox;

	private final Participants participants;

	private final Programmes programmes;

	private final RequestsProperties properties;

	private final CallbackSigner signer;

	private final ModeratorAlerts alerts;

	private final Clock clock;

	private final MedicineDonors donors;

	RequestOffers(HelpRequests requests, VolunteerMatching matching, ItemLeases leases, Outbox outbox,
			Participants participants, Programmes programmes, RequestsProperties properties, CallbackSigner signer,
			ModeratorAlerts alerts, Clock clock, MedicineDonors donors) {
		this.donors = donors;
		this.alerts = alerts;
		this.requests = requests;
		this.matching = matching;
		this.leases = leases;
		this.outbox = outbox;
		this.participants = participants;
		this.programmes = programmes;
		this.properties = properties;
		this.signer = signer;
		this.clock = clock;
	}

	/**
	 * Whether the request's person is spoken to in plain language (their programme's).
	 */
	boolean plainFor(HelpRequest request) {
		return this.programmes.plainLanguage(request.programme());
	}

	/** A new request's first wave goes out at once. */
	@EventListener
	void offerNew(RequestCreated created) {
		this.leases.claimNext(HelpRequest.class, HelpRequests.waveDue(created.requestId(), this.clock.instant()), CLAIM)
			.ifPresent(this::sendWave);
	}

	/**
	 * Sends every due wave.
	 * @return how many requests had a wave
	 */
	public int sendDue() {
		List<HelpRequest> due = this.leases.claim(HelpRequest.class, HelpRequests.waveDue(this.clock.instant()),
				HelpRequests.OFFER_ORDER, 100, CLAIM);
		due.forEach(this::sendWave);
		return due.size();
	}

	private void sendWave(HelpRequest request) {
		Instant now = this.clock.instant();
		ZonedDateTime local = now.atZone(this.programmes.findOrFirst(request.programme()).timeZone());
		Set<String> offered = request.offers().stream().map(HelpRequest.Offer::volunteerId).collect(Collectors.toSet());
		List<Volunteer> matching = this.matching.candidates(request, Set.of());
		// The final wave: nobody matches at all, or it waited untaken too long for its
		// urgency; from then on every matching volunteer who may be sent it gets it.
		boolean last = request.moderatorsAt() != null || matching.isEmpty()
				|| !request.createdAt().plus(this.properties.unclaimed().of(request.urgency())).isAfter(now);
		List<Volunteer> free = matching.stream()
			.filter((volunteer) -> !offered.contains(volunteer.id()))
			.filter((volunteer) -> this.matching.availableNow(volunteer, local))
			.toList();
		// A medicine request goes first to the donors whose standing offer names it; a
		// donor reached by a later wave is still told which offer it matches.
		Map<String, MedicineOffer> donorOffers = this.donors.matching(request, free, now);
		List<Volunteer> wave = (request.wave() == 0 && !last && !donorOffers.isEmpty())
				? free.stream().filter((volunteer) -> donorOffers.containsKey(volunteer.id())).toList()
				: free.stream().limit(last ? Long.MAX_VALUE : this.properties.waveSize(request.wave())).toList();
		String pseudonym = this.participants.find(request.chatId()).map(Participant::pseudonym).orElse(null);
		for (Volunteer volunteer : wave) {
			// Stored before the offer is recorded, under an origin unique to this offer:
			// a wave repeated after a crash stores each message once.
			// (After a release or a reassignment, the round of offers counts too.)
			String round = request.history().isEmpty() ? "" : ":" + request.history().size();
			OutboxRef ref = this.outbox.put("rq-offer:" + request.number() + ":" + volunteer.id() + round, 0,
					new Outgoing.SendMessage(volunteer.chatId(), false,
							text(request, pseudonym, volunteer.locale(), donorOffers.get(volunteer.id())),
							List.of(List.of(takeButton(request, volunteer)))));
			this.requests.addOffer(request.id(),
					new HelpRequest.Offer(volunteer.id(), volunteer.chatId(), ref.entryId(), request.wave(), now));
		}
		// While nobody has taken it, it is looked at again each interval: volunteers who
		// come to match meanwhile get it then.
		Update next = new Update().set("nextWaveAt", now.plus(this.properties.waveInterval()));
		if (!wave.isEmpty()) {
			next.inc("wave", 1);
		}
		if (last && request.moderatorsAt() == null) {
			// Stored under the request's number: a wave repeated after a crash alerts
			// once.
			this.alerts.alert("rq-moderators:" + request.number(), ModeratorAlerts.Reason.REQUEST_WAITING,
					request.chatId(), String.valueOf(request.number()));
			next.set("moderatorsAt", now);
		}
		this.leases.complete(HelpRequest.class, request.id(), next);
		if (!wave.isEmpty()) {
			log.info("Offered request {} to {} volunteers (wave {})", request.number(), wave.size(), request.wave());
		}
	}

	private Button takeButton(HelpRequest request, Volunteer volunteer) {
		return new Button(RequestTexts.get("offer.take", volunteer.locale()),
				this.signer.sign(volunteer.chatId(), OWNER, "t:" + request.number(), OWNER));
	}

	/**
	 * The offer as a donor reads it: the offer, then which of their standing offers it
	 * matches (none: as everyone reads it).
	 */
	private String text(HelpRequest request, String pseudonym, String locale, MedicineOffer donorOffer) {
		String text = text(request, pseudonym, locale);
		return (donorOffer != null) ? text + "\n"
				+ RequestTexts.get("offer.medicine.matches", locale, MedicineOfferCommand.describe(donorOffer, locale))
				: text;
	}

	/** The offer as a volunteer reads it, in {@code locale}. */
	String text(HelpRequest request, String locale) {
		return text(request, this.participants.find(request.chatId()).map(Participant::pseudonym).orElse(null), locale);
	}

	/**
	 * The offer as a volunteer reads it: no name, no Telegram identity, only the
	 * pseudonym.
	 */
	String text(HelpRequest request, String pseudonym, String locale) {
		StringBuilder text = new StringBuilder(RequestTexts.get("offer", locale, String.valueOf(request.number()),
				this.properties.label(request.category(), locale),
				RequestTexts.get(request.urgency().textKey(), locale),
				(pseudonym != null) ? pseudonym : RequestTexts.get("offer.no-pseudonym", locale)));
		if (request.summary() != null) {
			text.append('\n').append(RequestTexts.get("offer.summary", locale, request.summary()));
		}
		if (request.region() != null) {
			text.append('\n').append(RequestTexts.get("offer.region", locale, request.region()));
		}
		return text.toString();
	}

}
