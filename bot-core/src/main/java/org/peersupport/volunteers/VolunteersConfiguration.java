package org.peersupport.volunteers;

import java.time.Clock;

import org.peersupport.conversation.ConversationRuntime;
import org.peersupport.messaging.Outbox;
import org.peersupport.participants.PersonRefs;
import org.peersupport.participants.Volunteers;
import org.peersupport.safety.ModeratorAlerts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the volunteer sign-up, its action and the service the panel calls.
 */
@Configuration(proxyBeanMethods = false)
class VolunteersConfiguration {

	@Bean
	SubmitVolunteer submitVolunteer(Volunteers volunteers, PersonRefs refs, ModeratorAlerts alerts,
			ApplicationEventPublisher events, Clock clock) {
		return new SubmitVolunteer(volunteers, refs, alerts, events, clock);
	}

	@Bean
	VolunteerSignup volunteerSignup(ConversationRuntime runtime, Volunteers volunteers) {
		return new VolunteerSignup(runtime, volunteers);
	}

	@Bean
	VolunteerCommand volunteerCommand(VolunteerSignup signup) {
		return new VolunteerCommand(signup);
	}

	@Bean
	VolunteerService volunteerService(Volunteers volunteers, Outbox outbox, Clock clock) {
		return new VolunteerService(volunteers, outbox, clock);
	}

}
