package org.peersupport.onboarding;

import java.time.Clock;

import org.peersupport.messaging.Inbox;
import org.peersupport.messaging.Outbox;
import org.peersupport.participants.PersonForgotten;
import org.peersupport.participants.PersonRefs;
import org.peersupport.participants.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Erases everything kept about a person: what each feature declares as
 * {@link PersonalData}, then stored updates and outgoing calls (dead letters included).
 * Anonymous counts stay. Running it twice is harmless.
 */
@Component
public class Erasure {

	private static final Logger log = LoggerFactory.getLogger(Erasure.class);

	private final ObjectProvider<PersonalData> data;

	private final Inbox inbox;

	private final Outbox outbox;

	private final PersonRefs refs;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Erasure(ObjectProvider<PersonalData> data, Inbox inbox, Outbox outbox, PersonRefs refs,
			ApplicationEventPublisher events, Clock clock) {
		this.data = data;
		this.inbox = inbox;
		this.outbox = outbox;
		this.refs = refs;
		this.events = events;
		this.clock = clock;
	}

	/** Erases the person of a private chat everywhere. */
	public void erase(long chatId) {
		this.data.orderedStream().forEach((feature) -> feature.erase(chatId));
		this.inbox.forgetChat(chatId);
		this.outbox.forgetChat(chatId);
		this.events.publishEvent(new PersonForgotten(chatId, this.clock.instant()));
		log.info("Erased the data of {} at their request", this.refs.of(chatId));
	}

}
