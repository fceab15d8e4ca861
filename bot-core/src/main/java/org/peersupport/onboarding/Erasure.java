package org.peersupport.onboarding;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.peersupport.conversation.Confirmations;
import org.peersupport.conversation.Conversations;
import org.peersupport.messaging.Inbox;
import org.peersupport.messaging.Outbox;
import org.peersupport.participants.ErasureRequested;
import org.peersupport.participants.Participants;
import org.peersupport.participants.PersonForgotten;
import org.peersupport.participants.PersonRefs;
import org.peersupport.participants.Volunteers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Erases everything kept about a person: participant, conversation, volunteer
 * applications, their pseudonymous reference, stored update payloads, outgoing calls
 * (dead letters included) and pending confirmations; {@link ErasureRequested} lets other
 * features blank what they keep under the person's references. Anonymous counts stay.
 * Running it twice is harmless.
 */
@Component
public class Erasure {

	private static final Logger log = LoggerFactory.getLogger(Erasure.class);

	private final Participants participants;

	private final Conversations conversations;

	private final Volunteers volunteers;

	private final Inbox inbox;

	private final Outbox outbox;

	private final Confirmations confirmations;

	private final PersonRefs refs;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Erasure(Participants participants, Conversations conversations, Volunteers volunteers, Inbox inbox, Outbox outbox,
			Confirmations confirmations, PersonRefs refs, ApplicationEventPublisher events, Clock clock) {
		this.participants = participants;
		this.conversations = conversations;
		this.volunteers = volunteers;
		this.inbox = inbox;
		this.outbox = outbox;
		this.confirmations = confirmations;
		this.refs = refs;
		this.events = events;
		this.clock = clock;
	}

	/** Erases the person of a private chat everywhere. */
	public void erase(long chatId) {
		Optional<String> ref = this.refs.existing(chatId);
		Set<String> references = new LinkedHashSet<>();
		ref.ifPresent(references::add);
		this.volunteers.ofChat(chatId).forEach((volunteer) -> references.add(volunteer.id()));
		// While the records still name the person: what others keep under their
		// references (the audit log's entries) is blanked first.
		this.events.publishEvent(new ErasureRequested(chatId, references, this.clock.instant()));
		this.participants.erase(chatId);
		this.conversations.erase(chatId);
		this.volunteers.erase(chatId);
		this.refs.forget(chatId);
		this.outbox.forgetChat(chatId);
		// Once the stored updates lose their payloads, none is handled again: the
		// confirmation that let this erasure run (kept so that a retried press is still
		// honoured) goes last.
		this.inbox.forgetChat(chatId);
		this.confirmations.forgetChat(chatId);
		this.events.publishEvent(new PersonForgotten(chatId, this.clock.instant()));
		log.info("Erased the data of {} at their request", ref.orElse("a person without a reference"));
	}

}
