package org.peersupport.requests;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which donors' standing offers a medicine request matches: the medicine named in what
 * the participant wrote whatever the case, spaces and punctuation, the region when both
 * name one, only while the offer stands (by its stored expiry, before any job ran), only
 * for the medicine category and the request's programme.
 */
class MedicineMatchingTests {

	private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

	private static final String PROGRAMME = "women-after-prison";

	private final MongoServer server = started();

	private final MongoClient client = MongoClients
		.create("mongodb://127.0.0.1:" + this.server.getLocalAddress().getPort());

	private final MongoTemplate mongo = new MongoTemplate(this.client, "test");

	private final MedicineOffers offers = new MedicineOffers(this.mongo);

	private final MedicineDonors donors = new MedicineDonors(this.offers,
			new RequestsProperties(null, 3, null, null, null));

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void theNameMatchesWhateverTheCaseSpacesAndPunctuationButOnlyAsWholeWords() {
		assertThat(MedicineDonors.namesMatch("Insulin  Lantus", "I need insulin lantus, 2 pens")).isTrue();
		assertThat(MedicineDonors.namesMatch(" insulin ", "INSULIN!")).isTrue();
		assertThat(MedicineDonors.namesMatch("Insulin Lantus", "insulin")).isTrue();
		assertThat(MedicineDonors.namesMatch("Ibuprofen", "Ибупрофен")).isFalse();
		assertThat(MedicineDonors.namesMatch("insulin", "insulinum please")).isFalse();
		assertThat(MedicineDonors.namesMatch("paracetamol", "aspirin")).isFalse();
		assertThat(MedicineDonors.namesMatch("paracetamol", null)).isFalse();
		assertThat(MedicineDonors.namesMatch("...", "...")).isFalse();
	}

	@Test
	void theRegionMattersOnlyWhenBothNameOne() {
		assertThat(MedicineDonors.regionsMatch(null, "Lublin")).isTrue();
		assertThat(MedicineDonors.regionsMatch("Lublin", null)).isTrue();
		assertThat(MedicineDonors.regionsMatch("lublin ", " LUBLIN")).isTrue();
		assertThat(MedicineDonors.regionsMatch("Lublin region", "Lublin")).isTrue();
		assertThat(MedicineDonors.regionsMatch("Lublin", "Kraków")).isFalse();
	}

	@Test
	void theDonorsWhoseStandingOfferMatchesComeInTheCandidatesOrder() {
		offer("MO-1", "V-1", "Insulin", "Lublin", NOW.plus(Duration.ofDays(3)), MedicineOffer.Status.ACTIVE);
		offer("MO-2", "V-2", "insulin", null, NOW.plus(Duration.ofDays(3)), MedicineOffer.Status.ACTIVE);
		offer("MO-3", "V-3", "insulin", "Kraków", NOW.plus(Duration.ofDays(3)), MedicineOffer.Status.ACTIVE);
		offer("MO-4", "V-4", "insulin", null, NOW.plus(Duration.ofDays(3)), MedicineOffer.Status.WITHDRAWN);
		offer("MO-5", "V-5", "aspirin", null, NOW.plus(Duration.ofDays(3)), MedicineOffer.Status.ACTIVE);
		offer("MO-6", "V-6", "insulin", null, NOW.plus(Duration.ofDays(3)), MedicineOffer.Status.ACTIVE);
		List<Volunteer> candidates = List.of(volunteer("V-2"), volunteer("V-1"), volunteer("V-3"), volunteer("V-4"),
				volunteer("V-5"));

		Map<String, MedicineOffer> found = this.donors.matching(request("medicine", "INSULIN, 2 pens", " lublin"),
				candidates, NOW);

		// V-6 matches but is not a candidate (over their limit, say): matching does not
		// widen who may be sent the request.
		assertThat(found.keySet()).containsExactly("V-2", "V-1");
		assertThat(found.get("V-1").id()).isEqualTo("MO-1");
		assertThat(this.donors.matching(request("medicine", "insulin", null), candidates, NOW).keySet())
			.containsExactly("V-2", "V-1", "V-3");
		assertThat(this.donors.matching(request("other", "insulin", null), candidates, NOW)).isEmpty();
	}

	@Test
	void anOfferStopsMatchingAtItsExpiryEvenBeforeTheJobMarksIt() {
		Instant expiresAt = NOW.plus(Duration.ofHours(2));
		offer("MO-1", "V-1", "insulin", null, expiresAt, MedicineOffer.Status.ACTIVE);
		HelpRequest asking = request("medicine", "insulin", null);

		assertThat(this.donors.matching(asking, List.of(volunteer("V-1")), expiresAt.minusSeconds(1))).hasSize(1);
		assertThat(this.donors.matching(asking, List.of(volunteer("V-1")), expiresAt)).isEmpty();
		assertThat(this.offers.standingOf(1, expiresAt.minusSeconds(1))).hasSize(1);
		assertThat(this.offers.standingOf(1, expiresAt)).isEmpty();
		assertThat(this.mongo.findById("MO-1", MedicineOffer.class).status()).isEqualTo(MedicineOffer.Status.ACTIVE);
	}

	@Test
	void aDonorWithdrawsOnlyTheirOwnStandingOffer() {
		offer("MO-1", "V-1", "insulin", null, NOW.plus(Duration.ofDays(1)), MedicineOffer.Status.ACTIVE);

		assertThat(this.offers.withdraw("MO-1", 2, NOW)).isFalse();
		assertThat(this.offers.withdraw("MO-1", 1, NOW)).isTrue();
		assertThat(this.offers.withdraw("MO-1", 1, NOW)).isFalse();
		assertThat(this.offers.standingOf(1, NOW)).isEmpty();
		assertThat(this.donors.matching(request("medicine", "insulin", null), List.of(volunteer("V-1")), NOW))
			.isEmpty();
	}

	@Test
	void aDonorIsAnApprovedOrPausedVolunteerWithTheMedicineCategorysSkill() {
		assertThat(this.donors.isDonor(volunteer("V-1"))).isTrue();
		assertThat(this.donors.isDonor(withStatus(volunteer("V-1"), VolunteerStatus.PAUSED))).isTrue();
		assertThat(this.donors.isDonor(withStatus(volunteer("V-1"), VolunteerStatus.PENDING))).isFalse();
		Volunteer mentor = new Volunteer("V-2", 2, "en", PROGRAMME, Map.of("skills", List.of("mentor")),
				VolunteerStatus.APPROVED, "volunteer-signup@3", NOW, NOW, null, NOW, Volunteer.SCHEMA_VERSION);
		assertThat(this.donors.isDonor(mentor)).isFalse();
	}

	private void offer(String id, String volunteerId, String medicine, String region, Instant expiresAt,
			MedicineOffer.Status status) {
		long chat = Long.parseLong(volunteerId.substring(2));
		this.offers.record(new MedicineOffer(id, chat, volunteerId, PROGRAMME, medicine, "2 packs", region,
				LocalDate.ofInstant(expiresAt, ZoneOffset.UTC), expiresAt, status, NOW, null,
				MedicineOffer.SCHEMA_VERSION));
	}

	private static HelpRequest request(String category, String summary, String region) {
		return new HelpRequest("R-1", 1, 500, PROGRAMME, category, Urgency.TODAY, summary, region, "en",
				RequestStatus.OPEN, NOW, null, List.of(), 0, NOW, null, null, null, null, null, null, null, null, false,
				null, null, null, null, null, null, HelpRequest.SCHEMA_VERSION);
	}

	private static Volunteer volunteer(String id) {
		return new Volunteer(id, Long.parseLong(id.substring(2)), "en", PROGRAMME,
				Map.of("skills", List.of("medicine")), VolunteerStatus.APPROVED, "volunteer-signup@3", NOW, NOW, null,
				NOW, Volunteer.SCHEMA_VERSION);
	}

	private static Volunteer withStatus(Volunteer volunteer, VolunteerStatus status) {
		return new Volunteer(volunteer.id(), volunteer.chatId(), volunteer.locale(), volunteer.programme(),
				volunteer.details(), status, volunteer.consentVersion(), NOW, NOW, null, NOW, Volunteer.SCHEMA_VERSION);
	}

	private static MongoServer started() {
		MongoServer server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", 0);
		return server;
	}

}
