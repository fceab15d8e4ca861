package org.peersupport.e2e;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.participants.Volunteers;
import org.peersupport.requests.HelpRequest;
import org.peersupport.requests.HelpRequests;
import org.peersupport.requests.RequestStatus;
import org.peersupport.requests.Urgency;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.store.MemoryStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A participant asks for help through {@code /help_request} or the offer after
 * onboarding: a category, its own short script, the urgency; they see their open
 * requests, cancel one, find them in /mydata, and /forget leaves nothing of them in any
 * collection.
 */
@SpringBootTest(classes = BotTestApplication.class, properties = "peer.messaging.rate.enabled=false")
@MemoryStore
class HelpRequestIntakeEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	@Autowired
	MongoOperations mongo;

	@Autowired
	HelpRequests requests;

	@Autowired
	Volunteers volunteers;

	@DynamicPropertySource
	static void pointAtEmulator(DynamicPropertyRegistry registry) {
		telegram.register(registry);
	}

	@AfterAll
	static void stopEmulator() {
		telegram.close();
	}

	@Test
	void aParticipantAsksForAPsychologistSeesTheRequestAndCancelsIt() {
		Person person = new Person(telegram, this.mongo, 12001, "en");
		OnboardingWalk.ENGLISH.complete(person, "Still Otter");
		person.says("/help_request");
		person.sees("What do you need help with?");
		assertThat(person.lastButtons()).containsExactly("Talk to a psychologist", "Help with work", "Medicine",
				"Legal help", "Housing", "Talk to a person", "Something else");
		person.presses("Talk to a psychologist");
		person.sees("What would you like to talk about with a psychologist?");
		person.says("Sleeping badly since spring");
		person.sees("How urgent is it?");
		person.presses("Today");

		HelpRequest request = this.requests.activeOf(12001).get(0);
		person.sees("Your request No. " + request.number() + " (Talk to a psychologist) is saved.");
		assertThat(request.category()).isEqualTo("psychologist");
		assertThat(request.urgency()).isEqualTo(Urgency.TODAY);
		assertThat(request.summary()).isEqualTo("Sleeping badly since spring");
		assertThat(request.region()).isNull();
		assertThat(request.programme()).isEqualTo("women-after-prison");
		assertThat(request.status()).isEqualTo(RequestStatus.OPEN);

		person.says("/help_request");
		assertThat(person.texts()).contains("Your open requests:\n• No. " + request.number()
				+ ": Talk to a psychologist, today (waiting for a volunteer)");
		person.presses("Cancel request No. " + request.number());
		person.sees("Request No. " + request.number() + " is cancelled.");
		assertThat(this.requests.find(request.id()).orElseThrow().status()).isEqualTo(RequestStatus.CANCELLED);
		assertThat(this.requests.activeOf(12001)).isEmpty();
		assertThat(person.texts()).contains("You have no open requests.");
	}

	@Test
	void aHousingRequestAsksForTheRegionAndMyDataShowsItAndForgetErasesIt() {
		Person person = new Person(telegram, this.mongo, 12002, "en");
		OnboardingWalk.ENGLISH.complete(person, "Amber Finch");
		person.says("/menu");
		person.presses("🆘 Ask for help");
		person.presses("Housing");
		person.sees("What do you need about housing?");
		person.says("A bed for tonight near the station");
		person.sees("In which town or area do you need a place to live?");
		person.says("Lublin");
		person.presses("This week");
		HelpRequest request = this.requests.activeOf(12002).get(0);
		assertThat(request.region()).isEqualTo("Lublin");
		assertThat(request.urgency()).isEqualTo(Urgency.WEEK);

		person.says("/mydata");
		assertThat(person.lastText()).contains("Help requests:")
			.contains("• No. " + request.number() + ": Housing, this week (waiting for a volunteer)")
			.contains("What you wrote: A bed for tonight near the station")
			.contains("Where: Lublin");

		person.says("/forget");
		person.presses("Yes, erase everything");
		assertThat(this.requests.ofChat(12002)).isEmpty();
		assertThat(everything()).noneMatch((json) -> json.contains("near the station") || json.contains("Amber Finch")
				|| json.contains(request.id()));
		assertThat(everything()).filteredOn((json) -> json.contains("12002"))
			.allMatch((json) -> json.startsWith("inbox ") || json.startsWith("outbox "));
	}

	@Test
	void aPlainLanguageProgrammeGetsThePlainScriptInTheParticipantsLanguage() {
		Person person = new Person(telegram, this.mongo, 12003, "ru");
		person.says("/start p-circles").presses("Русский").presses("Да, я даю согласие");
		person.presses("Лекарства").presses("Готово");
		person.says("Тихий Лис");
		person.presses(person.lastButtons().get(0));
		// the offer after onboarding is plain too
		assertThat(person.texts()).contains(
				"Вы выбрали: Лекарства. Хотите попросить об этом сейчас? Тогда нажмите кнопку. Я спрошу вас об этом.");
		person.says("/help_request");
		person.presses("Лекарства");
		person.sees("Какое лекарство вам нужно?");
		person.says("Инсулин");
		person.sees("Сколько вам нужно?");
		person.says("2 упаковки");
		person.presses("Пропустить вопрос");
		person.presses("Не срочно");
		HelpRequest request = this.requests.activeOf(12003).get(0);
		assertThat(request.urgency()).isEqualTo(Urgency.WHENEVER);
		assertThat(request.region()).isNull();
		assertThat(request.medicine()).isEqualTo("Инсулин");
		assertThat(request.amount()).isEqualTo("2 упаковки");
		// the request feature's own answer is plain too
		person.sees("Мы сохранили вашу заявку " + request.number() + ": Лекарства.");
	}

	@Test
	void aHousingRequestAsksTheRegionWithoutSkipAndTheVolunteersOfferShowsIt() {
		Person volunteer = volunteer(12011, "V-housing", "mentor");
		Person person = new Person(telegram, this.mongo, 12010, "en");
		OnboardingWalk.ENGLISH.complete(person, "Quiet Heron");
		person.says("/help_request");
		person.presses("Housing");
		person.says("A room near the station");
		person.sees("In which town or area do you need a place to live?");
		// the region matters for housing: it cannot be skipped
		assertThat(person.lastMessage().buttons()).isEmpty();
		person.says("Lublin");
		person.presses("Today");

		HelpRequest request = this.requests.activeOf(12010).get(0);
		assertThat(request.category()).isEqualTo("housing");
		assertThat(request.region()).isEqualTo("Lublin");
		await().untilAsserted(() -> assertThat(volunteer.texts()).contains("🆕 Request No. " + request.number()
				+ ": Housing, today.\nFrom: Quiet Heron\n“A room near the station”\nWhere: Lublin"));
	}

	@Test
	void aMedicineRequestAsksTheMedicineAndTheAmountApartAndNotWhatItIsFor() {
		Person person = new Person(telegram, this.mongo, 12005, "en");
		OnboardingWalk.ENGLISH.complete(person, "Calm Lynx");
		person.says("/help_request");
		person.presses("Medicine");
		person.sees("Which medicine do you need? Write its name as on the box or the prescription. "
				+ "You don’t need to say what it is for.");
		person.says("Insulin glargine");
		person.sees("How much do you need?");
		person.says("2 packs");
		person.sees("In which town or region do you need the help?");
		person.presses("Skip this question");
		person.presses("Today");

		HelpRequest request = this.requests.activeOf(12005).get(0);
		assertThat(request.category()).isEqualTo("medicine");
		assertThat(request.medicine()).isEqualTo("Insulin glargine");
		assertThat(request.amount()).isEqualTo("2 packs");
		// the offer, the panel and /mydata show it as what the participant wrote
		assertThat(request.summary()).isEqualTo("Insulin glargine, 2 packs");
		assertThat(request.region()).isNull();
	}

	@Test
	void talkingToAPersonAsksNothingButHowSoon() {
		Person person = new Person(telegram, this.mongo, 12006, "en");
		OnboardingWalk.ENGLISH.complete(person, "Warm Robin");
		person.says("/help_request");
		person.presses("Talk to a person");
		person.sees("When would you like to talk?");
		person.presses("This week");

		HelpRequest request = this.requests.activeOf(12006).get(0);
		person.sees("Your request No. " + request.number() + " (Talk to a person) is saved.");
		assertThat(request.category()).isEqualTo("talk");
		assertThat(request.urgency()).isEqualTo(Urgency.WEEK);
		assertThat(request.summary()).isNull();
		assertThat(request.region()).isNull();
	}

	@Test
	void theFirstNeedChosenInOnboardingIsOfferedAndItsButtonRunsThatIntake() {
		Person volunteer = volunteer(12021, "V-job", "job-coach");
		Person person = new Person(telegram, this.mongo, 12020, "en");
		// the walk chooses "Help finding work"
		OnboardingWalk.ENGLISH.complete(person, "Brave Owl");
		String offer = "One of the things you need is “Help with work”. To ask for it now, press the button below: "
				+ "I will ask briefly about it and save your request. You can also ask later: send /help_request.";
		assertThat(person.texts()).contains(offer);
		assertThat(this.requests.ofChat(12020)).isEmpty();

		person.presses("🆘 Ask: Help with work");
		assertThat(person.texts()).contains(offer + "\n\n» Help with work");
		person.sees("What help with work do you need?");
		person.says("A CV for a warehouse job");
		person.presses("Skip this question");
		person.presses("Whenever possible");

		HelpRequest request = this.requests.activeOf(12020).get(0);
		assertThat(request.category()).isEqualTo("job");
		assertThat(request.summary()).isEqualTo("A CV for a warehouse job");
		assertThat(request.programme()).isEqualTo("women-after-prison");
		person.sees("Your request No. " + request.number() + " (Help with work) is saved.");
		await().untilAsserted(() -> assertThat(volunteer.texts()).contains("🆕 Request No. " + request.number()
				+ ": Help with work, whenever possible.\nFrom: Brave Owl\n“A CV for a warehouse job”"));
	}

	@Test
	void needsThatAreNoRequestCategoryOfferNothing() {
		Person person = new Person(telegram, this.mongo, 12022, "en");
		person.says("/start").presses("English").presses("I agree").presses("Women after prison");
		person.says("14.03.2025");
		person.presses("Talking to people who understand").presses("Done");
		person.says("Small Wren");
		person.presses(person.lastButtons().get(0));
		person.sees("What would you like to do?");

		assertThat(person.texts()).noneMatch((text) -> text.startsWith("One of the things you need"));
		assertThat(this.requests.ofChat(12022)).isEmpty();
	}

	@Test
	void aDeepLinkStartsItsCategorysIntakeOrShowsTheCategoriesAndSomeoneNewIsOnboarded() {
		Person person = new Person(telegram, this.mongo, 12030, "en");
		OnboardingWalk.ENGLISH.complete(person, "Swift Crane");
		person.says("/start help-legal");
		person.sees("What is your legal question about?");
		person.says("A fine I cannot pay");
		person.sees("In which town or country is your case?");
		person.says("Lublin");
		person.presses("This week");
		HelpRequest request = this.requests.activeOf(12030).get(0);
		assertThat(request.category()).isEqualTo("legal");
		assertThat(request.region()).isEqualTo("Lublin");

		person.says("/start help");
		person.sees("What do you need help with?");
		assertThat(person.lastButtons()).contains("Housing", "Talk to a person");

		Person stranger = new Person(telegram, this.mongo, 12031, "en");
		stranger.says("/start help-housing");
		stranger.sees("Hello! I’m the bot of a peer-support community.");
		assertThat(this.requests.ofChat(12031)).isEmpty();
	}

	@Test
	void someoneWhoHasNotJoinedIsToldToStartFirst() {
		Person person = new Person(telegram, this.mongo, 12004, "pl");
		person.says("/help_request");
		person.sees("Aby poprosić o pomoc, najpierw dołącz do społeczności: wyślij /start.");
		assertThat(this.requests.ofChat(12004)).isEmpty();
	}

	private Person volunteer(long chatId, String id, String skill) {
		Map<String, Object> details = Map.of("realName", "Real Name " + id, "skills", List.of(skill), "languages",
				List.of("en"), "maxOpenRequests", 5, "quietHours", "none");
		this.volunteers.submit(new Volunteer(id, chatId, "en", "women-after-prison", details, VolunteerStatus.APPROVED,
				"volunteer-signup@2", Instant.now(), Instant.now(), null, Instant.now(), Volunteer.SCHEMA_VERSION));
		Person person = new Person(telegram, this.mongo, chatId, "en");
		person.says("/help");
		return person;
	}

	private List<String> everything() {
		List<String> all = new ArrayList<>();
		for (String name : this.mongo.getCollectionNames()) {
			this.mongo.getCollection(name).find().forEach((document) -> all.add(name + " " + document.toJson()));
		}
		return all;
	}

}
