package org.peersupport.silence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.peersupport.leases.ItemLeases;
import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.Outgoing;
import org.peersupport.messaging.SendPriority;
import org.peersupport.onboarding.Erasure;
import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.participants.Programmes;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.Volunteers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Warns the people who have been silent for nearly as long as the consent text allows,
 * and erases them once the silence has passed and the warning is at least its lead time
 * old. A message from the person in between voids the warning and starts the silence
 * again.
 */
public class SilentPeople {

	private static final Logger log = LoggerFactory.getLogger(SilentPeople.class);

	/** Long enough to store a warning or to erase one person. */
	private static final Duration CLAIM = Duration.ofMinutes(2);

	private static final int BATCH = 100;

	private final Participants participants;

	private final Volunteers volunteers;

	private final Programmes programmes;

	private final Outbox outbox;

	private final Erasure erasure;

	private final ItemLeases leases;

	private final Silence silence;

	private final Clock clock;

	SilentPeople(Participants participants, Volunteers volunteers, Programmes programmes, Outbox outbox,
			Erasure erasure, ItemLeases leases, Silence silence, Clock clock) {
		this.participants = participants;
		this.volunteers = volunteers;
		this.programmes = programmes;
		this.outbox = outbox;
		this.erasure = erasure;
		this.leases = leases;
		this.silence = silence;
		this.clock = clock;
	}

	/**
	 * Stores a warning for each person due one.
	 * @return how many were warned
	 */
	public int warnDue() {
		Instant now = this.clock.instant();
		int warned = 0;
		List<LastMessage> due;
		do {
			due = this.leases.claim(LastMessage.class, LastMessages.dueForWarning(this.silence.warnCutoff(now)),
					Sort.by("at"), BATCH, CLAIM);
			for (LastMessage last : due) {
				Optional<Participant> participant = this.participants.find(last.chatId());
				String locale = languageOf(last, participant);
				boolean plain = participant.map((p) -> this.programmes.plainLanguage(p.programme())).orElse(false);
				String text = SilenceTexts.get("silence.warning", plain, locale,
						Silence.day(this.silence.erasureOf(last.at(), now), locale));
				// Stored before the warning is marked, under an origin unique to this
				// silence, so a repeat after a crash stores it once.
				this.outbox.put("silence:" + last.chatId() + ":" + last.at().toEpochMilli(), 0,
						new Outgoing.SendMessage(last.chatId(), false, text, List.of()), SendPriority.BULK);
				if (this.leases.complete(LastMessage.class, last.chatId(),
						new Update().set("warnedFor", last.at()).set("warnedAt", now))) {
					warned++;
				}
			}
		}
		while (due.size() == BATCH);
		if (warned > 0) {
			log.info("Warned {} silent people that their data will be erased", warned);
		}
		return warned;
	}

	/**
	 * Erases each person silent for the whole period and warned at least the warning's
	 * lead time ago.
	 * @return how many were erased
	 */
	public int eraseDue() {
		Instant now = this.clock.instant();
		int erased = 0;
		List<LastMessage> due;
		do {
			due = this.leases.claim(LastMessage.class,
					LastMessages.dueForErasure(this.silence.eraseCutoff(now), now.minus(this.silence.warnBefore())),
					Sort.by("at"), BATCH, CLAIM);
			for (LastMessage last : due) {
				if (!last.warnedOfThisSilence()) {
					// The warning was about an earlier silence (the person wrote while it
					// was being stored): warn again first.
					this.leases.complete(LastMessage.class, last.chatId(),
							new Update().unset("warnedFor").unset("warnedAt"));
					continue;
				}
				// Erasure removes the claimed document with everything else.
				this.erasure.erase(last.chatId(), Erasure.Cause.SILENCE);
				erased++;
			}
		}
		while (due.size() == BATCH);
		return erased;
	}

	private String languageOf(LastMessage last, Optional<Participant> participant) {
		return participant.map(Participant::locale)
			.or(() -> this.volunteers.ofChat(last.chatId()).stream().findFirst().map(Volunteer::locale))
			.or(() -> Optional.ofNullable(last.locale()))
			.orElse("en");
	}

}
