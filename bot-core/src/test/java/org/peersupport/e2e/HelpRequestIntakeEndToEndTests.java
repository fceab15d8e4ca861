package org.peersupport.e2e;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
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

/**
 * A participant asks for help through {@code /help_request}: a category, its short
 * script, the urgency; they see their open requests, cancel one, find them in /mydata,
 * and /forget leaves nothing of them in any collection.
 */
@SpringBootTest(classes = BotTestApplication.class, properties = "peer.messaging.rate.enabled=false")
@MemoryStore
class HelpRequestIntakeEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	@Autowired
	MongoOperations mongo;

	@Autowired
	HelpRequests requests;

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
		person.sees("In which town or region do you need the help?");
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
		person.says("/help_request");
		person.presses("Лекарства");
		person.sees("Какое лекарство вам нужно?");
		person.says("Инсулин");
		person.presses("Пропустить вопрос");
		person.presses("Не срочно");
		HelpRequest request = this.requests.activeOf(12003).get(0);
		assertThat(request.urgency()).isEqualTo(Urgency.WHENEVER);
		assertThat(request.region()).isNull();
		// the request feature's own answer is plain too
		person.sees("Мы сохранили вашу заявку " + request.number() + ": Лекарства.");
	}

	@Test
	void someoneWhoHasNotJoinedIsToldToStartFirst() {
		Person person = new Person(telegram, this.mongo, 12004, "pl");
		person.says("/help_request");
		person.sees("Aby poprosić o pomoc, najpierw dołącz do społeczności: wyślij /start.");
		assertThat(this.requests.ofChat(12004)).isEmpty();
	}

	private List<String> everything() {
		List<String> all = new ArrayList<>();
		for (String name : this.mongo.getCollectionNames()) {
			this.mongo.getCollection(name).find().forEach((document) -> all.add(name + " " + document.toJson()));
		}
		return all;
	}

}
