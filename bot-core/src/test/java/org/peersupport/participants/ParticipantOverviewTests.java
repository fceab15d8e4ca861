package org.peersupport.participants;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class ParticipantOverviewTests {

	private static final Instant MONDAY = Instant.parse("2026-11-23T00:00:00Z");

	private final MongoServer server = started();

	private final MongoClient client = MongoClients
		.create("mongodb://127.0.0.1:" + this.server.getLocalAddress().getPort());

	private final MongoTemplate mongo = new MongoTemplate(this.client, "test");

	private final Participants participants = new Participants(this.mongo);

	private final PersonRefs refs = new PersonRefs(this.mongo, Clock.fixed(MONDAY, ZoneOffset.UTC));

	/** Who waits for a person, as the alerts would say. */
	private final Map<Long, Instant> waiting = new HashMap<>();

	private final ParticipantOverview overview = new ParticipantOverview(this.mongo, this.refs,
			() -> Map.copyOf(this.waiting));

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void showsEachParticipantsStandingAndSinceWhenTheyWait() {
		consent(1, MONDAY);
		onboard(2, "prison", "Wren", MONDAY.plusSeconds(60), MONDAY.plusSeconds(600));
		onboard(3, "prison", "Fox", MONDAY.plusSeconds(120), MONDAY.plusSeconds(700));
		this.waiting.put(3L, MONDAY.plusSeconds(900));
		String refOfFox = this.refs.of(3);

		List<ParticipantSummary> all = this.overview.search(ParticipantSearch.any(), PageRequest.of(0, 10))
			.getContent();

		assertThat(all).containsExactly(
				new ParticipantSummary(this.refs.of(1), null, null, ParticipantStanding.ONBOARDING, null, null),
				new ParticipantSummary(this.refs.of(2), "Wren", "prison", ParticipantStanding.WAITING_FOR_GROUP,
						MONDAY.plusSeconds(600), MONDAY.plusSeconds(600)),
				new ParticipantSummary(refOfFox, "Fox", "prison", ParticipantStanding.NEEDS_PERSON,
						MONDAY.plusSeconds(700), MONDAY.plusSeconds(900)));
	}

	@Test
	void aParticipantIsFoundByTheirReferenceOnlyWithinTheProgrammesGiven() {
		onboard(2, "prison", "Wren", MONDAY.plusSeconds(60), MONDAY.plusSeconds(600));
		consent(5, MONDAY);
		String wren = this.refs.of(2);
		String noProgramme = this.refs.of(5);
		String notAParticipant = this.refs.of(77);

		assertThat(this.overview.byRef(wren, null)).map(Participant::chatId).contains(2L);
		assertThat(this.overview.byRef(wren, List.of("prison"))).isPresent();
		assertThat(this.overview.byRef(wren, List.of("recovery"))).isEmpty();
		assertThat(this.overview.byRef(noProgramme, null)).isPresent();
		assertThat(this.overview.byRef(noProgramme, List.of("prison"))).isEmpty();
		assertThat(this.overview.byRef(notAParticipant, null)).isEmpty();
		assertThat(this.overview.byRef("P-unknown", null)).isEmpty();
		assertThat(this.overview.summary(this.overview.byRef(wren, null).orElseThrow()))
			.isEqualTo(new ParticipantSummary(wren, "Wren", "prison", ParticipantStanding.WAITING_FOR_GROUP,
					MONDAY.plusSeconds(600), MONDAY.plusSeconds(600)));
	}

	@Test
	void filtersByStandingWithWaitingForAPersonBeforeTheStoredStatus() {
		consent(1, MONDAY);
		consent(2, MONDAY.plusSeconds(1));
		onboard(3, "prison", "Wren", MONDAY.plusSeconds(2), MONDAY.plusSeconds(600));
		onboard(4, "prison", "Fox", MONDAY.plusSeconds(3), MONDAY.plusSeconds(700));
		this.waiting.put(2L, MONDAY.plusSeconds(800));
		this.waiting.put(4L, MONDAY.plusSeconds(900));
		this.waiting.put(99L, MONDAY.plusSeconds(900));

		assertThat(standings(ParticipantStanding.ONBOARDING)).containsExactly(ParticipantStanding.ONBOARDING);
		assertThat(pseudonyms(ParticipantStanding.WAITING_FOR_GROUP)).containsExactly("Wren");
		assertThat(pseudonyms(ParticipantStanding.NEEDS_PERSON)).containsExactly(null, "Fox");
		assertThat(this.overview.count(ParticipantStanding.NEEDS_PERSON)).isEqualTo(2);
		assertThat(this.overview.count(ParticipantStanding.WAITING_FOR_GROUP)).isEqualTo(1);
		assertThat(this.overview.count(ParticipantStanding.ONBOARDING)).isEqualTo(1);
	}

	@Test
	void aLimitedViewerSeesOnlyTheirProgrammesAndCannotFilterIntoAnother() {
		consent(1, MONDAY);
		onboard(2, "prison", "Wren", MONDAY.plusSeconds(1), MONDAY.plusSeconds(600));
		onboard(3, "recovery", "Fox", MONDAY.plusSeconds(2), MONDAY.plusSeconds(700));
		onboard(4, "families", "Owl", MONDAY.plusSeconds(3), MONDAY.plusSeconds(800));
		this.waiting.put(3L, MONDAY.plusSeconds(900));
		List<String> limited = List.of("prison", "recovery");

		assertThat(this.overview.search(ParticipantSearch.any(), limited, PageRequest.of(0, 10)))
			.extracting(ParticipantSummary::pseudonym)
			.containsExactly("Wren", "Fox");
		assertThat(this.overview.search(new ParticipantSearch(null, "recovery"), limited, PageRequest.of(0, 10)))
			.extracting(ParticipantSummary::pseudonym)
			.containsExactly("Fox");
		assertThat(this.overview.search(new ParticipantSearch(null, "families"), limited, PageRequest.of(0, 10)))
			.isEmpty();
		assertThat(this.overview.search(new ParticipantSearch(null, "families"), PageRequest.of(0, 10)))
			.extracting(ParticipantSummary::pseudonym)
			.containsExactly("Owl");
		assertThat(this.overview.count(ParticipantStanding.NEEDS_PERSON, List.of("prison"))).isZero();
		assertThat(this.overview.count(ParticipantStanding.NEEDS_PERSON, limited)).isEqualTo(1);
		assertThat(this.overview.count(ParticipantStanding.WAITING_FOR_GROUP, limited)).isEqualTo(1);
	}

	@Test
	void pagesThroughTheParticipantsWithUsLongestFirst() {
		for (int i = 1; i <= 5; i++) {
			onboard(i, "prison", "P" + i, MONDAY.plusSeconds(10 - i), MONDAY.plusSeconds(100));
		}

		Page<ParticipantSummary> second = this.overview.search(ParticipantSearch.any(), PageRequest.of(1, 2));

		assertThat(second.getTotalElements()).isEqualTo(5);
		assertThat(second.getContent()).extracting(ParticipantSummary::pseudonym).containsExactly("P3", "P2");
	}

	private List<ParticipantStanding> standings(ParticipantStanding standing) {
		return this.overview.search(new ParticipantSearch(standing, null), PageRequest.of(0, 10))
			.map(ParticipantSummary::standing)
			.getContent();
	}

	private List<String> pseudonyms(ParticipantStanding standing) {
		return this.overview.search(new ParticipantSearch(standing, null), PageRequest.of(0, 10))
			.map(ParticipantSummary::pseudonym)
			.getContent();
	}

	private void consent(long chatId, Instant at) {
		this.participants.recordConsent(chatId, "en", "onboarding@2", at);
	}

	private void onboard(long chatId, String programme, String pseudonym, Instant consentedAt, Instant at) {
		consent(chatId, consentedAt);
		this.participants.completeOnboarding(chatId, programme, Map.of("pseudonym", pseudonym), at);
	}

	private static MongoServer started() {
		MongoServer server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", 0);
		return server;
	}

}
