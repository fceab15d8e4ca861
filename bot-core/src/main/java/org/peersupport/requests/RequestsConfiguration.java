package org.peersupport.requests;

import java.time.Clock;

import org.peersupport.conversation.CallbackSigner;
import org.peersupport.conversation.ConversationRuntime;
import org.peersupport.messaging.Audience;
import org.peersupport.messaging.Command;
import org.peersupport.participants.Participants;
import org.peersupport.participants.Programmes;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Wires the request intake: the command and its menu button, the buttons, the script
 * action and what {@code /mydata} shows.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestsProperties.class)
class RequestsConfiguration {

	@Bean
	HelpRequests helpRequests(MongoOperations mongo) {
		return new HelpRequests(mongo);
	}

	@Bean
	RequestIntake requestIntake(Participants participants, Programmes programmes, HelpRequests requests,
			RequestsProperties properties, ConversationRuntime runtime, CallbackSigner signer) {
		return new RequestIntake(participants, programmes, requests, properties, runtime, signer);
	}

	@Bean
	HelpRequestCommand helpRequestCommand(RequestIntake intake) {
		return new HelpRequestCommand(intake);
	}

	@Bean
	Command helpRequestCommandEntry() {
		return Command.of(HelpRequestCommand.NAME, 5, true, RequestTexts::get, Audience.PARTICIPANT);
	}

	@Bean
	ParticipantButtons participantRequestButtons(RequestIntake intake, HelpRequests requests, Clock clock) {
		return new ParticipantButtons(intake, requests, clock);
	}

	@Bean
	CreateRequest createRequest(HelpRequests requests, RequestsProperties properties, ApplicationEventPublisher events,
			Clock clock) {
		return new CreateRequest(requests, properties, events, clock);
	}

	@Bean
	RequestData requestData(HelpRequests requests, RequestsProperties properties) {
		return new RequestData(requests, properties);
	}

}
