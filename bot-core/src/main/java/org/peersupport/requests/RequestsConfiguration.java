package org.peersupport.requests;

import java.time.Clock;

import org.peersupport.conversation.CallbackSigner;
import org.peersupport.conversation.ConversationRuntime;
import org.peersupport.messaging.Audience;
import org.peersupport.messaging.Command;
import org.peersupport.participants.Participants;
import org.peersupport.participants.Programmes;
import org.peersupport.participants.VolunteerSkills;
import org.peersupport.participants.Volunteers;
import org.peersupport.safety.Alerts;
import org.peersupport.safety.ModeratorAlerts;
import org.peersupport.leases.ItemLeases;
import org.peersupport.messaging.Outbox;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.ObjectProvider;
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
	ParticipantButtons participantRequestButtons(RequestIntake intake, HelpRequests requests, Relay relay,
			Outbox outbox, Clock clock) {
		return new ParticipantButtons(intake, requests, relay, outbox, clock);
	}

	@Bean
	CrisisFlag requestCrisisFlag(Alerts alerts) {
		return new CrisisFlag(alerts);
	}

	@Bean
	CreateRequest createRequest(HelpRequests requests, RequestsProperties properties, ApplicationEventPublisher events,
			CrisisFlag crisis, RelayBlocks blocks, Clock clock) {
		return new CreateRequest(requests, properties, events, crisis, blocks, clock);
	}

	@Bean
	OfferHelpRequest offerHelpRequest(ObjectProvider<RequestIntake> intake) {
		return new OfferHelpRequest(intake);
	}

	@Bean
	HelpLink helpRequestLink(RequestIntake intake, RequestsProperties properties) {
		return new HelpLink(intake, properties);
	}

	@Bean
	IntakeRequirement intakeRequirement(RequestsProperties properties) {
		return new IntakeRequirement(properties);
	}

	@Bean
	OfferFirstRequest offerFirstRequest(ObjectProvider<RequestIntake> intake) {
		return new OfferFirstRequest(intake);
	}

	@Bean
	TalkRequests talkRequests(RequestIntake intake, HelpRequests requests, RequestsProperties properties,
			CrisisFlag crisis, ApplicationEventPublisher events, RelayBlocks blocks, Clock clock) {
		return new TalkRequests(intake, requests, properties, crisis, events, blocks, clock);
	}

	@Bean
	VolunteerMatching volunteerMatching(Volunteers volunteers, HelpRequests requests, RequestsProperties properties,
			RelayBlocks blocks, VolunteerSkills skills) {
		checkSkills(properties, skills);
		return new VolunteerMatching(volunteers, requests, properties, blocks);
	}

	/**
	 * Refuses to start when a request category names a skill no volunteer can offer: no
	 * volunteer would ever match it.
	 */
	static void checkSkills(RequestsProperties properties, VolunteerSkills skills) {
		for (int i = 0; i < properties.categories().size(); i++) {
			RequestCategory category = properties.categories().get(i);
			for (String skill : category.skills()) {
				if (!skills.contains(skill)) {
					throw new IllegalStateException("The request category '" + category.key() + "' names the skill '"
							+ skill + "', which is not in peer.volunteers.skills " + skills.keys()
							+ ": no volunteer could ever match it; add the skill to peer.volunteers.skills or change "
							+ "peer.requests.categories[" + i + "].skills");
				}
			}
		}
	}

	@Bean
	RelayBlocks relayBlocks(MongoOperations mongo) {
		return new RelayBlocks(mongo);
	}

	@Bean
	RelayBlocking relayBlocking(HelpRequests requests, RelayBlocks blocks, Volunteers volunteers, RequestOffers offers,
			Outbox outbox, ApplicationEventPublisher events, Clock clock) {
		return new RelayBlocking(requests, blocks, volunteers, offers, outbox, events, clock);
	}

	@Bean
	RequestOffers requestOffers(HelpRequests requests, VolunteerMatching matching, ItemLeases leases, Outbox outbox,
			Participants participants, Programmes programmes, RequestsProperties properties, CallbackSigner signer,
			ModeratorAlerts alerts, Clock clock, MedicineDonors donors) {
		return new RequestOffers(requests, matching, leases, outbox, participants, programmes, properties, signer,
				alerts, clock, donors);
	}

	@Bean
	ClaimButtons claimButtons(HelpRequests requests, Volunteers volunteers, VolunteerMatching matching,
			RequestOffers offers, RelayFocus focus, Outbox outbox, CallbackSigner signer, RequestsProperties properties,
			RelayBlocks blocks, RelayBlocking blocking, Clock clock) {
		return new ClaimButtons(requests, volunteers, matching, offers, focus, outbox, signer, properties.silence(),
				blocks, blocking, clock);
	}

	@Bean
	RelayFocus relayFocus(MongoOperations mongo) {
		return new RelayFocus(mongo);
	}

	@Bean
	Relay relay(HelpRequests requests, RelayFocus focus, ConversationRuntime runtime, Participants participants,
			Programmes programmes, Volunteers volunteers, CallbackSigner signer, RequestsProperties properties,
			Clock clock) {
		return new Relay(requests, focus, runtime, participants, programmes, volunteers, signer, properties, clock);
	}

	@Bean
	EndCommand endCommand(Relay relay, HelpRequests requests, RequestIntake intake, CallbackSigner signer,
			Clock clock) {
		return new EndCommand(relay, requests, intake, signer, clock);
	}

	@Bean
	Command endCommandEntry() {
		return Command.of(EndCommand.NAME, 7, false, RequestTexts::get, Audience.PARTICIPANT, Audience.VOLUNTEER);
	}

	@Bean
	RelayButtons relayButtons(RelayFocus focus, HelpRequests requests, RequestIntake intake, CallbackSigner signer,
			ModeratorAlerts alerts, FeedbackWord feedbackWord, Clock clock) {
		return new RelayButtons(focus, requests, intake, signer, alerts, feedbackWord, clock);
	}

	@Bean
	FeedbackWord feedbackWord(HelpRequests requests, Relay relay, ConversationRuntime runtime, RequestIntake intake,
			MongoOperations mongo, Clock clock) {
		return new FeedbackWord(requests, relay, runtime, intake, mongo, clock);
	}

	@Bean
	ReleaseCommand releaseCommand(Relay relay, RequestIntake intake, CallbackSigner signer) {
		return new ReleaseCommand(relay, intake, signer);
	}

	@Bean
	Command releaseCommandEntry() {
		return Command.of(ReleaseCommand.NAME, 8, false, RequestTexts::get, Audience.VOLUNTEER);
	}

	@Bean
	ReleaseButtons releaseButtons(HelpRequests requests, RequestIntake intake, Outbox outbox, CallbackSigner signer,
			ApplicationEventPublisher events, Clock clock) {
		return new ReleaseButtons(requests, intake, outbox, signer, events, clock);
	}

	@Bean
	RequestDesk requestDesk(HelpRequests requests, Volunteers volunteers, Participants participants,
			VolunteerMatching matching, RequestOffers offers, RelayFocus focus, Outbox outbox,
			RequestsProperties properties, Clock clock) {
		return new RequestDesk(requests, volunteers, participants, matching, offers, focus, outbox, properties, clock);
	}

	@Bean
	QueueFigures queueFigures(MongoOperations mongo, Clock clock) {
		return new QueueFigures(mongo, clock);
	}

	@Bean
	VolunteerCaseload volunteerCaseload(HelpRequests requests, Programmes programmes, Clock clock) {
		return new VolunteerCaseload(requests, programmes, clock);
	}

	@Bean
	MyRequestsCommand myRequestsCommand(RequestIntake intake, HelpRequests requests, Volunteers volunteers,
			RequestsProperties properties) {
		return new MyRequestsCommand(intake, requests, volunteers, properties);
	}

	@Bean
	Command myRequestsCommandEntry() {
		return Command.of(MyRequestsCommand.NAME, 6, false, RequestTexts::get, Audience.PARTICIPANT,
				Audience.VOLUNTEER);
	}

	@Bean
	PauseCommand pauseCommand(Volunteers volunteers, RequestIntake intake, Clock clock) {
		return new PauseCommand(PauseCommand.PAUSE, volunteers, intake, clock);
	}

	@Bean
	PauseCommand resumeCommand(Volunteers volunteers, RequestIntake intake, Clock clock) {
		return new PauseCommand(PauseCommand.RESUME, volunteers, intake, clock);
	}

	@Bean
	Command pauseCommandEntry() {
		return Command.of(PauseCommand.PAUSE, 9, false, RequestTexts::get, Audience.VOLUNTEER);
	}

	@Bean
	Command resumeCommandEntry() {
		return Command.of(PauseCommand.RESUME, 10, false, RequestTexts::get, Audience.VOLUNTEER);
	}

	@Bean
	AvailabilityCommand availabilityCommand(Volunteers volunteers, RequestIntake intake, ConversationRuntime runtime) {
		return new AvailabilityCommand(volunteers, intake, runtime);
	}

	@Bean
	Command availabilityCommandEntry() {
		return Command.of(AvailabilityCommand.NAME, 12, false, RequestTexts::get, Audience.VOLUNTEER);
	}

	@Bean
	RecordAvailability recordAvailability(Volunteers volunteers, Clock clock) {
		return new RecordAvailability(volunteers, clock);
	}

	@Bean
	SilenceReminders silenceReminders(ItemLeases leases, Outbox outbox, Volunteers volunteers, ModeratorAlerts alerts,
			RequestsProperties properties, Clock clock) {
		return new SilenceReminders(leases, outbox, volunteers, alerts, properties, clock);
	}

	@Bean
	JobDetail silenceRemindersJob() {
		return JobBuilder.newJob(SilenceRemindersJob.class)
			.withIdentity("request-silence-reminders")
			.storeDurably()
			.build();
	}

	@Bean
	Trigger silenceRemindersTrigger(JobDetail silenceRemindersJob) {
		return TriggerBuilder.newTrigger()
			.forJob(silenceRemindersJob)
			.withIdentity("request-silence-reminders")
			.withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMinutes(5).repeatForever())
			.build();
	}

	@Bean
	JobDetail offerWavesJob() {
		return JobBuilder.newJob(OfferWavesJob.class).withIdentity("request-offer-waves").storeDurably().build();
	}

	@Bean
	Trigger offerWavesTrigger(JobDetail offerWavesJob) {
		return TriggerBuilder.newTrigger()
			.forJob(offerWavesJob)
			.withIdentity("request-offer-waves")
			.withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInSeconds(60).repeatForever())
			.build();
	}

	@Bean
	MedicineOffers medicineOffers(MongoOperations mongo) {
		return new MedicineOffers(mongo);
	}

	@Bean
	MedicineDonors medicineDonors(MedicineOffers offers, RequestsProperties properties) {
		return new MedicineDonors(offers, properties);
	}

	@Bean
	RecordMedicineOffer recordMedicineOffer(MedicineOffers offers, MedicineDonors donors, Volunteers volunteers,
			Programmes programmes, Clock clock) {
		return new RecordMedicineOffer(offers, donors, volunteers, programmes, clock);
	}

	@Bean
	MedicineOfferCommand medicineOfferCommand(MedicineOffers offers, MedicineDonors donors, Volunteers volunteers,
			RequestIntake intake, CallbackSigner signer, Clock clock) {
		return new MedicineOfferCommand(offers, donors, volunteers, intake, signer, clock);
	}

	@Bean
	Command medicineOfferCommandEntry() {
		return Command.of(MedicineOfferCommand.NAME, 11, false, RequestTexts::get, Audience.VOLUNTEER);
	}

	@Bean
	MedicineOfferButtons medicineOfferButtons(MedicineOfferCommand command, MedicineOffers offers,
			ConversationRuntime runtime, Clock clock) {
		return new MedicineOfferButtons(command, offers, runtime, clock);
	}

	@Bean
	MedicineOfferData medicineOfferData(MedicineOffers offers, Clock clock) {
		return new MedicineOfferData(offers, clock);
	}

	@Bean
	MedicineOfferExpiry medicineOfferExpiry(ItemLeases leases, Outbox outbox, Volunteers volunteers, Clock clock) {
		return new MedicineOfferExpiry(leases, outbox, volunteers, clock);
	}

	@Bean
	JobDetail medicineOfferExpiryJob() {
		return JobBuilder.newJob(MedicineOfferExpiryJob.class)
			.withIdentity("medicine-offer-expiry")
			.storeDurably()
			.build();
	}

	@Bean
	Trigger medicineOfferExpiryTrigger(JobDetail medicineOfferExpiryJob) {
		return TriggerBuilder.newTrigger()
			.forJob(medicineOfferExpiryJob)
			.withIdentity("medicine-offer-expiry")
			.withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMinutes(15).repeatForever())
			.build();
	}

	@Bean
	RequestData requestData(HelpRequests requests, RelayFocus focus, RequestsProperties properties, RelayBlocks blocks,
			Clock clock) {
		return new RequestData(requests, focus, properties, blocks, clock);
	}

}
