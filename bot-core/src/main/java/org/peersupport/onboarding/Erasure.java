package org.peersupport.onboarding;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.peersupport.conversation.Confirmations;
import org.peersupport.messaging.Inbox;
import org.peersupport.messaging.Outbox;
import org.peersupport.participants.ErasureRequested;
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
 * {@link PersonalData}, their pseudonymous reference, stored updates, outgoing calls
 * (dead letters included) and pending confirmations. First {@link ErasureRequested} lets
 * other features blank what they keep under the person's references (the audit log).
 * Anonymous counts stay. Running it twice is harmless.
 */
@Component
public class Erasure {

	private static final Logger log = LoggerFactory.getLogger(Erasure.class);

	private final ObjectProvider<PersonalData> data;

	private final Inbox inbox;

	private final Outbox outbox;

	private final Confirmations confirmations;

	private final PersonRefs refs;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Erasure(ObjectProvider<PersonalData> data, Inbox inbox, Outbox outbox, Confirmations confirmations, PersonRefs refs,
			ApplicationEventPublisher events, Clock clock) {
		this.data = data;
		this.inbox = inbox;
		this.outbox = outbox;
		this.confirmations = confirmations;
		this.refs = refs;
		this.events = events;
		this.clock = clock;
	}

	/** Erases the person of a private chat everywhere, at their request. */
	public void erase(long chatId) {
		erase(chatId, Cause.REQUEST);
	}

	/** Erases the person of a private chat everywhere, for this cause. */
	public void erase(long chatId, Cause cause) {
		Optional<String> ref = this.refs.existing(chatId);
		Set<String> references = new LinkedHashSet<>();
		ref.ifPresent(references::add);
		this.data.orderedStream().forEach((feature) -> references.addAll(feature.references(chatId)));
		// While the records still name the person: what others keep under their
		// references (the audit log's entries) is blanked first.
		this.events.publishEvent(new ErasureRequested(chatId, references, this.clock.instant()));
		this.data.orderedStream().forEach((feature) -> feature.erase(chatId));
		this.refs.forget(chatId);
		this.outbox.forgetChat(chatId);
		// Once the stored updates lose their payloads, none is handled again: the
		// confirmation that let this erasure run (kept so that a retried press is still
		// honoured) goes last.
		this.inbox.forgetChat(chatId);
		this.confirmations.forgetChat(chatId);
		this.events.publishEvent(new PersonForgotten(chatId, this.clock.instant()));
		log.info("Erased the data of {} {}", ref.orElse("a person without a reference"), cause.words);
	}

	/** Why a person is erased, as the log says it. */
	public enum Cause {

		/** They asked ({@code /forget}). */
		REQUEST("at their request"),
		/** They were silent as long as the consent text says, and were warned. */
		SILENCE("after their long silence, as the consent text says");

		private final String words;

		Cause(String words) {
			this.words = words;
		}

	}

}
