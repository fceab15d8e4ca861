package org.peersupport.participants;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class ParticipantsTests {

	private static final Instant MONDAY = Instant.parse("2026-11-23T00:00:00Z");

	private final MongoServer server = started();

	private final MongoClient client = MongoClients
		.create("mongodb://127.0.0.1:" + this.server.getLocalAddress().getPort());

	private final Participants participants = new Participants(new MongoTemplate(this.client, "test"));

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void countsOnlyParticipantsOnboardedSinceTheGivenInstant() {
		onboard(1, "prison", MONDAY.minusSeconds(1));
		onboard(2, "prison", MONDAY);
		onboard(3, "recovery", MONDAY.plusSeconds(3600));
		this.participants.recordConsent(4, "en", "onboarding@1", MONDAY.plusSeconds(60));

		assertThat(this.participants.countOnboardedSince(MONDAY)).isEqualTo(2);
	}

	@Test
	void countsOnlyTheGivenProgrammes() {
		onboard(1, "prison", MONDAY);
		onboard(2, "recovery", MONDAY);
		onboard(3, "families", MONDAY);

		assertThat(this.participants.countOnboardedSince(MONDAY, List.of("prison", "families"))).isEqualTo(2);
		assertThat(this.participants.countOnboardedSince(MONDAY, List.of("circles"))).isZero();
	}

	@Test
	void findsTheChatsOfTheGivenProgrammes() {
		onboard(1, "prison", MONDAY);
		onboard(2, "recovery", MONDAY);
		onboard(3, "families", MONDAY);
		this.participants.recordConsent(4, "en", "onboarding@1", MONDAY);

		assertThat(this.participants.chatIdsIn(List.of("prison", "families"))).containsExactlyInAnyOrder(1L, 3L);
		assertThat(this.participants.chatIdsIn(List.of("circles"))).isEmpty();
	}

	@Test
	void findsTheChatsOfTheVolunteersOfTheGivenProgrammes() {
		Volunteers volunteers = new Volunteers(new MongoTemplate(this.client, "test"));
		volunteers.submit(volunteer("V-1", 11, "prison"));
		volunteers.submit(volunteer("V-2", 11, "prison"));
		volunteers.submit(volunteer("V-3", 12, "recovery"));
		volunteers.submit(volunteer("V-4", 13, null));

		assertThat(volunteers.chatIdsIn(List.of("prison", "families"))).containsExactly(11L);
		assertThat(volunteers.chatIdsIn(List.of("recovery"))).containsExactly(12L);
	}

	private static Volunteer volunteer(String id, long chatId, String programme) {
		return new Volunteer(id, chatId, "en", programme, Map.of(), VolunteerStatus.PENDING, "volunteer-signup@2",
				MONDAY, MONDAY, null, null, Volunteer.SCHEMA_VERSION);
	}

	private static MongoServer started() {
		MongoServer server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", 0);
		return server;
	}

	private void onboard(long chatId, String programme, Instant at) {
		this.participants.recordConsent(chatId, "en", "onboarding@1", at);
		this.participants.completeOnboarding(chatId, programme, Map.of(), at);
	}

}
