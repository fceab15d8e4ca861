package org.peersupport.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The panel's request queue: each stage, category, urgency and programme filter, the
 * viewer's programmes, a participant in crisis first and then the oldest, and paging.
 */
class RequestQueueTests {

	private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

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
	void eachStageFindsItsRequestsAndNoStageMeansEveryActiveOne() {
		long waiting = request("R-1", "recovery", "talk", Urgency.TODAY, false, 1).number();
		long offeredToAll = request("R-2", "recovery", "talk", Urgency.TODAY, false, 2).number();
		set("R-2", new Update().set("moderatorsAt", NOW));
		long claimed = request("R-3", "recovery", "talk", Urgency.TODAY, false, 3).number();
		set("R-3", taken());
		long silent = request("R-4", "recovery", "talk", Urgency.TODAY, false, 4).number();
		set("R-4", taken().set("remindedAt", NOW));
		long resolved = request("R-5", "recovery", "talk", Urgency.TODAY, false, 5).number();
		assertThat(this.requests.close("R-5", RequestOutcome.HELPED, null, "staff", NOW)).isTrue();
		long cancelled = request("R-6", "recovery", "talk", Urgency.TODAY, false, 6).number();
		assertThat(this.requests.cancel(cancelled, 6, NOW)).isTrue();

		assertThat(numbers(stages(RequestStage.WAITING), null)).containsExactly(waiting);
		assertThat(numbers(stages(RequestStage.OFFERED_TO_ALL), null)).containsExactly(offeredToAll);
		assertThat(numbers(stages(RequestStage.CLAIMED), null)).containsExactly(claimed);
		assertThat(numbers(stages(RequestStage.SILENT), null)).containsExactly(silent);
		assertThat(numbers(stages(RequestStage.CLOSED), null)).containsExactly(cancelled, resolved);
		assertThat(numbers(new RequestSearch(RequestStage.UNTAKEN, null, null, null), null)).containsExactly(waiting,
				offeredToAll);
		assertThat(numbers(RequestSearch.active(), null)).containsExactly(waiting, offeredToAll, claimed, silent);
		assertThat(this.requests.find("R-5").orElseThrow().outcome()).isEqualTo(RequestOutcome.HELPED);
		assertThat(RequestStage.of(this.requests.find("R-4").orElseThrow())).isEqualTo(RequestStage.SILENT);
	}

	@Test
	void aParticipantInCrisisComesFirstThenTheOldest() {
		long oldest = request("R-1", "recovery", "talk", Urgency.WHENEVER, false, 1).number();
		long newer = request("R-2", "recovery", "talk", Urgency.TODAY, false, 2).number();
		long crisis = request("R-3", "recovery", "talk", Urgency.WHENEVER, true, 3).number();

		assertThat(numbers(RequestSearch.active(), null)).containsExactly(crisis, oldest, newer);
	}

	@Test
	void filtersByCategoryUrgencyAndProgrammeWithinTheViewersProgrammes() {
		long talk = request("R-1", "recovery", "talk", Urgency.TODAY, false, 1).number();
		long legal = request("R-2", "recovery", "legal", Urgency.WEEK, false, 2).number();
		long elsewhere = request("R-3", "circles", "talk", Urgency.TODAY, false, 3).number();

		assertThat(numbers(new RequestSearch(null, "talk", null, null), null)).containsExactly(talk, elsewhere);
		assertThat(numbers(new RequestSearch(null, null, Urgency.WEEK, null), null)).containsExactly(legal);
		assertThat(numbers(new RequestSearch(null, null, null, "circles"), null)).containsExactly(elsewhere);
		assertThat(numbers(RequestSearch.active(), List.of("recovery"))).containsExactly(talk, legal);
		assertThat(numbers(new RequestSearch(null, null, null, "circles"), List.of("recovery"))).isEmpty();
		assertThat(numbers(RequestSearch.active(), List.of())).isEmpty();
	}

	@Test
	void pagesCountEveryMatch() {
		for (int i = 1; i <= 5; i++) {
			request("R-" + i, "recovery", "talk", Urgency.TODAY, false, i);
		}

		Page<HelpRequest> second = this.requests.search(RequestSearch.active(), null, NOW, PageRequest.of(1, 2));

		assertThat(second.getContent()).extracting(HelpRequest::number).containsExactly(3L, 4L);
		assertThat(second.getTotalElements()).isEqualTo(5);
		assertThat(second.getTotalPages()).isEqualTo(3);
	}

	private List<Long> numbers(RequestSearch search, List<String> programmes) {
		return this.requests.search(search, programmes, NOW, PageRequest.of(0, 50))
			.map(HelpRequest::number)
			.getContent();
	}

	private static RequestSearch stages(RequestStage stage) {
		return new RequestSearch(Set.of(stage), null, null, null);
	}

	private HelpRequest request(String id, String programme, String category, Urgency urgency, boolean crisis,
			int minutes) {
		return this.requests.create(id, minutes, programme, category, urgency, null, null, "en", crisis,
				NOW.plus(Duration.ofMinutes(minutes)));
	}

	private static Update taken() {
		return new Update().set("status", RequestStatus.CLAIMED).set("claimedBy", "V-1").set("claimedAt", NOW);
	}

	private void set(String id, Update update) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), update, HelpRequest.class);
	}

	private static MongoServer started() {
		MongoServer server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", 0);
		return server;
	}

}
