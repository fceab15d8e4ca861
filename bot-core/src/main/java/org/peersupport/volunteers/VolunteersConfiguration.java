package org.peersupport.volunteers;

import java.time.Clock;

import org.peersupport.conversation.ConversationRuntime;
import org.peersupport.conversation.ShownAnswers;
import org.peersupport.messaging.Audience;
import org.peersupport.messaging.Command;
import org.peersupport.messaging.Outbox;
import org.peersupport.participants.PersonRefs;
import org.peersupport.participants.Programmes;
import org.peersupport.participants.VolunteerSkills;
import org.peersupport.participants.Volunteers;
import org.peersupport.safety.ModeratorAlerts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;

/**
 * Wires the volunteer sign-up, its action and the service the panel calls.
 */
@Configuration(proxyBeanMethods = false)
class VolunteersConfiguration {

	private static final Logger log = LoggerFactory.getLogger(VolunteersConfiguration.class);

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
	Command volunteerCommandEntry() {
		return Command.of("volunteer", 70, true, VolunteerTexts::get, Audience.PARTICIPANT);
	}

	@Bean
	VolunteerLink volunteerLink(VolunteerSignup signup, Programmes programmes) {
		return new VolunteerLink(signup, programmes);
	}

	@Bean
	VolunteerAudience volunteerAudience(Volunteers volunteers) {
		return new VolunteerAudience(volunteers);
	}

	@Bean
	VolunteerData volunteerData(Volunteers volunteers, Programmes programmes, ShownAnswers answers) {
		return new VolunteerData(volunteers, programmes, answers);
	}

	@Bean
	VolunteerService volunteerService(Volunteers volunteers, VolunteerSkills skills, Outbox outbox, Clock clock) {
		return new VolunteerService(volunteers, skills, outbox, clock);
	}

	/**
	 * Once the service is up, queues the volunteer messages whose status change was
	 * stored just before a stop.
	 */
	@Bean
	ApplicationListener<ApplicationReadyEvent> pendingVolunteerNotices(VolunteerService service) {
		return (event) -> {
			try {
				service.resendPendingNotices();
			}
			catch (DataAccessException ex) {
				// Not fatal: the next start tries again; the panel can also repeat a
				// decision.
				log.warn("Could not queue pending volunteer messages: store unavailable ({})",
						ex.getClass().getSimpleName());
			}
		};
	}

}
