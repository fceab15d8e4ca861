package org.peersupport.e2e;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.participants.Volunteers;
import org.peersupport.requests.HelpRequest;
import org.peersupport.requests.HelpRequests;
import org.peersupport.requests.MedicineOffer;
import org.peersupport.requests.RequestOffers;
import org.peersupport.requests.RequestStatus;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.store.MemoryStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A medicine donor records what they can buy through the bot and withdraws what they no
 * longer can; a participant's medicine request that names it goes to that donor first
 * (not to the other medicine volunteers), showing only what the participant typed; the
 * usual waves follow when nobody takes it; the donor takes it and the two talk through
 * the relay. {@code /mydata} shows the donor's offers and {@code /forget} erases them.
 */
@SpringBootTest(classes = BotTestApplication.class, properties = "peer.messaging.rate.enabled=false")
@Import(HelpRequestClaimEndToEndTests.SteppingClock.class)
@MemoryStore
class MedicineOffersEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	static final String PROGRAMME = "women-after-prison";

	@Autowired
	MongoOperations mongo;

	@Autowired
	Volunteers volunteers;

	@Autowired
	HelpRequests requests;

	@Autowired
	HelpRequestClaimEndToEndTests.MovableClock clock;

	@Autowired
	RequestOffers offers;

	@DynamicPropertySource
	static void pointAtEmulator(DynamicPropertyRegistry registry) {
		telegram.register(registry);
	}

	@AfterAll
	static void stopEmulator() {
		telegram.close();
	}

	@Test
	void theDonorWhoseOfferMatchesGetsTheRequestFirstTakesItAndTalksThroughTheRelay() {
		Person donor = volunteer(14101, "V-donor", List.of("medicine"));
		Person otherDonor = volunteer(14102, "V-aspirin", List.of("medicine"));
		Person first = volunteer(14103, "V-first", List.of("medicine"));
		Person second = volunteer(14104, "V-second", List.of("medicine"));
		Person mentor = volunteer(14105, "V-mentor", List.of("mentor"));
		String until = DateTimeFormatter.ofPattern("dd.MM.yyyy").format(LocalDate.now(ZoneOffset.UTC).plusDays(30));

		// A volunteer without the medicine skill records nothing.
		mentor.says("/offer_medicine");
		assertThat(mentor.lastText()).isEqualTo("This is for approved volunteers who can buy medicine.");

		donor.says("/offer_medicine");
		assertThat(donor.lastText()).startsWith("You have no standing medicine offers.");
		record(donor, "  Insulin ", "11 boxes from Zorblax pharmacy", "Lublin", until);
		assertThat(donor.lastText()).isEqualTo("Saved: Insulin, 11 boxes from Zorblax pharmacy, region: Lublin, until "
				+ until + ". Until then, a medicine request that names it comes to you first, at the times you help. "
				+ "/offer_medicine shows your offers, and you can withdraw one there.");
		record(donor, "Ibuprofen", "1 pack", null, until);
		record(otherDonor, "Aspirin", "2 packs", null, until);

		donor.says("/offer_medicine");
		assertThat(donor.lastText()).isEqualTo(
				"Your standing medicine offers. A medicine request that names one comes to you first, at the times you help:\n"
						+ "• Insulin, 11 boxes from Zorblax pharmacy, region: Lublin, until " + until + "\n"
						+ "• Ibuprofen, 1 pack, any region, until " + until);
		donor.presses("✖ Withdraw: Ibuprofen");
		assertThat(donor.lastText()).isEqualTo(
				"Your standing medicine offers. A medicine request that names one comes to you first, at the times you help:\n"
						+ "• Insulin, 11 boxes from Zorblax pharmacy, region: Lublin, until " + until);
		assertThat(donor.lastButtons()).containsExactly("✖ Withdraw: Insulin", "➕ New offer");
		assertThat(this.mongo.findAll(MedicineOffer.class)).extracting(MedicineOffer::medicine, MedicineOffer::status)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Insulin", MedicineOffer.Status.ACTIVE),
					org.assertj.core.groups.Tuple.tuple("Ibuprofen", MedicineOffer.Status.WITHDRAWN),
					org.assertj.core.groups.Tuple.tuple("Aspirin", MedicineOffer.Status.ACTIVE));

		Person participant = new Person(telegram, this.mongo, 14001, "en");
		OnboardingWalk.ENGLISH.complete(participant, "Grey Wren");
		participant.says("/help_request");
		participant.presses("Medicine");
		participant.says("INSULIN");
		participant.says("2 pens please");
		participant.says("lublin");
		participant.presses("Today");
		HelpRequest request = this.requests.activeOf(14001).get(0);
		String number = String.valueOf(request.number());

		// Only the donor whose offer names it; what the participant typed and nothing
		// more (no needs from onboarding, no diagnosis they did not write).
		String offer = "🆕 Request No. " + number + ": Medicine, today.\nFrom: Grey Wren\n"
				+ "“INSULIN, 2 pens please”\nWhere: lublin";
		assertThat(donor.lastText()).isEqualTo(offer + "\n💊 It matches your offer: Insulin, "
				+ "11 boxes from Zorblax pharmacy, region: Lublin, until " + until + ".");
		for (Person left : List.of(otherDonor, first, second, mentor)) {
			assertThat(left.texts()).as("chat %d", left.chatId()).noneMatch((text) -> text.startsWith("🆕"));
		}
		assertThat(offeredTo(request)).containsExactly("V-donor");

		// Nobody took it within the wave interval: the usual wave follows.
		this.clock.advance(Duration.ofMinutes(11));
		this.offers.sendDue();
		await().until(() -> first.texts().contains(offer) && second.texts().contains(offer)
				&& otherDonor.texts().contains(offer));
		assertThat(offeredTo(request)).hasSize(4).startsWith("V-donor").doesNotContain("V-mentor");

		// The donor takes it; the others' offers are edited to "taken".
		donor.presses("✋ Take it");
		assertThat(this.requests.find(request.id()).orElseThrow().status()).isEqualTo(RequestStatus.CLAIMED);
		assertThat(donor.texts()).anyMatch((text) -> text.startsWith(offer + "\n\n✅ You took request No. " + number));
		await().until(() -> first.texts()
			.contains("Request No. " + number + " was taken by another volunteer. Thank you for being ready to help!"));
		assertThat(participant.lastText()).startsWith("A volunteer has taken your request No. " + number + ".");

		participant.says("Can you bring them tomorrow?");
		assertThat(donor.lastText())
			.isEqualTo("💬 Grey Wren (request No. " + number + "):\nCan you bring them tomorrow?");
		donor.says("Yes, at noon by the station");
		assertThat(participant.lastText())
			.isEqualTo("💬 Volunteer (request No. " + number + "):\nYes, at noon by the station");
		assertThat(telegram.emulator().users().messages(14001))
			.allSatisfy((message) -> assertThat(message.text() + message.buttonData()).doesNotContain("14101")
				.doesNotContain("Zorblax")
				.doesNotContain("Real Name"));

		// A medicine no standing offer names goes to the usual first wave: the three
		// best-matching (the donor, with a request already, ranks after the others).
		participant.says("/help_request");
		participant.presses("Medicine");
		participant.says("Paracetamol");
		participant.says("one pack");
		participant.presses("Skip this question");
		participant.presses("Today");
		HelpRequest unnamed = this.requests.activeOf(14001).get(1);
		assertThat(unnamed.summary()).isEqualTo("Paracetamol, one pack");
		assertThat(offeredTo(unnamed)).containsExactlyInAnyOrder("V-aspirin", "V-first", "V-second");
		assertThat(first.lastText()).startsWith("🆕 Request No. " + unnamed.number()).doesNotContain("💊");

		// The donor's offers in /mydata, then gone with /forget.
		donor.says("/mydata");
		assertThat(donor.lastText()).contains("Medicine offers you recorded:")
			.contains("• Insulin, 11 boxes from Zorblax pharmacy, region: Lublin, until " + until + " (standing)")
			.contains("• Ibuprofen, 1 pack, any region, until " + until + " (withdrawn)");
		donor.says("/forget");
		donor.presses("Yes, erase everything");
		donor.sees("Done: everything we kept about you has been erased.");
		assertThat(this.mongo.findAll(MedicineOffer.class)).extracting(MedicineOffer::medicine)
			.containsExactly("Aspirin");
		assertThat(everything()).noneMatch((json) -> json.contains("Zorblax"));
	}

	/** Records an offer through {@code /offer_medicine} and its script. */
	private void record(Person donor, String medicine, String amount, String region, String until) {
		donor.says("/offer_medicine");
		donor.presses("➕ New offer");
		donor.sees("Which medicine can you buy? Write its name.");
		donor.says(medicine);
		donor.sees("How much?");
		donor.says(amount);
		donor.sees("In which town or region can you hand it over?");
		if (region != null) {
			donor.says(region);
		}
		else {
			donor.presses("Skip this question");
		}
		donor.sees("Until which day does the offer hold?");
		donor.says(until);
		donor.sees("Saved: ");
	}

	private List<String> offeredTo(HelpRequest request) {
		return this.requests.find(request.id())
			.orElseThrow()
			.offers()
			.stream()
			.map(HelpRequest.Offer::volunteerId)
			.toList();
	}

	private Person volunteer(long chatId, String id, List<String> skills) {
		Map<String, Object> details = new HashMap<>(Map.of("realName", "Real Name " + id, "skills", skills, "languages",
				List.of("en"), "maxOpenRequests", 5, "quietHours", "none"));
		this.volunteers.submit(new Volunteer(id, chatId, "en", PROGRAMME, details, VolunteerStatus.APPROVED,
				"volunteer-signup@2", Instant.now(), Instant.now(), null, Instant.now(), Volunteer.SCHEMA_VERSION));
		Person person = new Person(telegram, this.mongo, chatId, "en");
		person.says("/help");
		return person;
	}

	/** Every document of every collection, as JSON. */
	private List<String> everything() {
		List<String> all = new ArrayList<>();
		for (String name : this.mongo.getCollectionNames()) {
			this.mongo.getCollection(name).find().forEach((document) -> all.add(name + " " + document.toJson()));
		}
		return all;
	}

}
