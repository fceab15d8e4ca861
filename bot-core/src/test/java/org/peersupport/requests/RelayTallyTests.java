package org.peersupport.requests;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peersupport.participants.Programme;
import org.peersupport.participants.Programmes;
import org.peersupport.participants.ProgrammesProperties;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the panel learns of a relay (counts and times, never words) and of a volunteer's
 * caseload and hours.
 */
class RelayTallyTests {

	// a Wednesday, 10:00 in Warsaw
	private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

	private final MongoServer server = started();

	private final MongoClient client = MongoClients
		.create("mongodb://127.0.0.1:" + this.server.getLocalAddress().getPort());

	private final MongoTemplate mongo = new MongoTemplate(this.client, "test");

	private final HelpRequests requests = new HelpRequests(this.mongo);

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void eachRelayedMessageIsCountedOnceByItsSideAndNothingOfItIsStored() {
		HelpRequest request = taken("R-1", 1, "V-1", 500L);

		this.requests.relayed(request.id(), true, "u1", NOW.plusSeconds(10));
		assertThat(RequestView.RelayView.of(this.requests.find("R-1").orElseThrow()).fromVolunteer())
			.as("read back before the other side wrote")
			.isZero();
		this.requests.relayed(request.id(), true, "u1", NOW.plusSeconds(20));
		this.requests.relayed(request.id(), false, "u2", NOW.plusSeconds(30));
		this.requests.relayed(request.id(), true, "u3", NOW.plusSeconds(40));

		RequestView.RelayView relay = RequestView.RelayView.of(this.requests.find("R-1").orElseThrow());
		assertThat(relay.open()).isTrue();
		assertThat(relay.startedAt()).isEqualTo(NOW);
		assertThat(relay.endedAt()).isNull();
		assertThat(relay.fromParticipant()).as("u1 handled again is not counted again").isEqualTo(2);
		assertThat(relay.fromVolunteer()).isEqualTo(1);
		assertThat(relay.lastMessageAt()).isEqualTo(NOW.plusSeconds(40));
		Document stored = this.mongo.getCollection("help_requests").find().first();
		assertThat(stored.get("relay", Document.class).keySet()).containsExactlyInAnyOrder("fromParticipant",
				"fromVolunteer", "firstAt", "lastAt", "participantReceipt", "volunteerReceipt");
	}

	@Test
	void aRelayEndsWhenTheRequestIsClosedOrGivenBackAndNeverBeganUntilTaken() {
		HelpRequest closed = taken("R-1", 1, "V-1", 500L);
		this.requests.resolve(closed.id(), NOW.plusSeconds(600));
		HelpRequest released = taken("R-2", 2, "V-1", 500L);
		assertThat(this.requests.release(released.number(), 500L, "time", NOW.plusSeconds(900))).isTrue();
		HelpRequest waiting = this.requests.create("R-3", 3, "recovery", "talk", Urgency.WEEK, null, null, "en", false,
				NOW);

		RequestView.RelayView ended = RequestView.RelayView.of(this.requests.find("R-1").orElseThrow());
		RequestView.RelayView givenBack = RequestView.RelayView.of(this.requests.find("R-2").orElseThrow());
		RequestView.RelayView none = RequestView.RelayView.of(waiting);

		assertThat(ended.open()).isFalse();
		assertThat(ended.endedAt()).isEqualTo(NOW.plusSeconds(600));
		assertThat(givenBack.startedAt()).as("kept through the release").isEqualTo(NOW);
		assertThat(givenBack.endedAt()).isEqualTo(NOW.plusSeconds(900));
		assertThat(none.startedAt()).isNull();
		assertThat(none.fromParticipant()).isZero();
	}

	@Test
	void aVolunteersCaseloadSplitsOpenFromPastInOneQueryWithinTheProgrammes() {
		HelpRequest open = taken("R-1", 1, "V-1", 500L);
		HelpRequest released = taken("R-2", 2, "V-1", 500L);
		this.requests.release(released.number(), 500L, "time", NOW.plusSeconds(60));
		HelpRequest resolved = taken("R-3", 3, "V-1", 500L);
		this.requests.resolve(resolved.id(), NOW.plusSeconds(120));
		taken("R-4", 4, "V-2", 501L);
		VolunteerCaseload caseload = new VolunteerCaseload(this.requests, programmes(),
				Clock.fixed(NOW, ZoneOffset.UTC));
		Map<String, Object> details = new HashMap<>(Map.of("maxOpenRequests", 2, "days", List.of("mon", "wed"), "hours",
				List.of("evening", "morning"), "quietHours", "22-07"));

		VolunteerCaseload.Caseload load = caseload.of(volunteer("V-1", VolunteerStatus.APPROVED, details), null);

		assertThat(load.open()).extracting(VolunteerCaseload.Case::number).containsExactly(open.number());
		assertThat(load.past()).extracting(VolunteerCaseload.Case::number, VolunteerCaseload.Case::left)
			.as("newest first")
			.containsExactly(org.assertj.core.groups.Tuple.tuple(released.number(), VolunteerCaseload.Case.RELEASED),
					org.assertj.core.groups.Tuple.tuple(resolved.number(), null));
		assertThat(load.limit()).isEqualTo(2);
		assertThat(load.full()).isFalse();
		assertThat(load.hours().days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);
		assertThat(load.hours().parts()).containsExactly("morning", "evening");
		assertThat(load.hours().quietFrom()).isEqualTo(22);
		assertThat(load.hours().quietTo()).isEqualTo(7);
		assertThat(load.hours().zone()).isEqualTo(ZoneId.of("Europe/Warsaw"));
		assertThat(load.hours().now()).as("Wednesday morning in Warsaw").isTrue();
		assertThat(caseload.of(volunteer("V-1", VolunteerStatus.PAUSED, details), null).hours().now()).as("paused")
			.isFalse();
		assertThat(caseload.of(volunteer("V-1", VolunteerStatus.APPROVED, details), List.of("circles")).open())
			.isEmpty();
	}

	private HelpRequest taken(String id, int number, String volunteerId, long chat) {
		HelpRequest request = this.requests.create(id, number, "recovery", "talk", Urgency.WEEK, null, null, "en",
				false, NOW.minusSeconds(number * 60L));
		this.requests.addOffer(id, new HelpRequest.Offer(volunteerId, chat, "entry", 0, NOW));
		assertThat(this.requests.claim(id, volunteerId, chat, NOW, NOW.plusSeconds(3600))).isTrue();
		return request;
	}

	private static Volunteer volunteer(String id, VolunteerStatus status, Map<String, Object> details) {
		return new Volunteer(id, 500L, "en", "recovery", details, status, "v1", NOW, NOW, null, NOW,
				Volunteer.SCHEMA_VERSION);
	}

	private static Programmes programmes() {
		return new Programmes(new ProgrammesProperties(List.of(new Programme("recovery", Map.of("en", "Recovery"),
				Map.of(), Map.of(), false, ZoneId.of("Europe/Warsaw"), null, null))));
	}

	private static MongoServer started() {
		MongoServer server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", 0);
		return server;
	}

}
