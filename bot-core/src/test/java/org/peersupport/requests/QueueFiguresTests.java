package org.peersupport.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's queue figures on a fixed clock: untaken requests by wait band and by
 * category, the longest wait, and the median time to the first claim over the window; and
 * the queue's wait and claim filters that the figures link to.
 */
class QueueFiguresTests {

	private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

	private final MongoServer server = started();

	private final MongoClient client = MongoClients
		.create("mongodb://127.0.0.1:" + this.server.getLocalAddress().getPort());

	private final MongoTemplate mongo = new MongoTemplate(this.client, "test");

	private final HelpRequests requests = new HelpRequests(this.mongo);

	private final QueueFigures figures = new QueueFigures(this.mongo, Clock.fixed(NOW, ZoneOffset.UTC));

	private int made;

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void untakenRequestsAreCountedByWaitBandAndCategoryWithTheLongestWait() {
		waiting("recovery", "talk", Duration.ofMinutes(59));
		waiting("recovery", "talk", Duration.ofHours(1));
		waiting("recovery", "legal", Duration.ofHours(23));
		waiting("recovery", "legal", Duration.ofDays(6));
		long oldest = waiting("recovery", "talk", Duration.ofDays(9));
		waiting("circles", "legal", Duration.ofDays(30));
		long claimed = waiting("recovery", "talk", Duration.ofDays(40));
		claim(claimed, Duration.ofDays(40));

		QueueFigures.Figures recovery = this.figures.of(List.of("recovery"));

		assertThat(recovery.byWait()).containsExactly(entry(WaitBand.UNDER_HOUR, 1L), entry(WaitBand.UNDER_DAY, 2L),
				entry(WaitBand.UNDER_WEEK, 1L), entry(WaitBand.LONGER, 1L));
		assertThat(recovery.byCategory()).containsOnly(entry("talk", 3L), entry("legal", 2L));
		assertThat(recovery.waiting()).isEqualTo(5);
		assertThat(recovery.oldestNumber()).isEqualTo(oldest);
		assertThat(recovery.oldestWait()).isEqualTo(Duration.ofDays(9));
		assertThat(this.figures.of(null).oldestWait()).as("every programme").isEqualTo(Duration.ofDays(30));
		assertThat(this.figures.of(List.of()).waiting()).isZero();
	}

	@Test
	void theMedianTimeToClaimIsOverFirstClaimsWithinTheWindow() {
		// first taken after 10, 20, 30, 40 minutes within the window: median 25 minutes
		for (int minutes : List.of(40, 10, 30, 20)) {
			long number = waiting("recovery", "talk", Duration.ofHours(5));
			claim(number, Duration.ofHours(5).minusMinutes(minutes));
		}
		// given back and taken again later: its first claim (after 10 minutes) counts
		long released = waiting("recovery", "talk", Duration.ofHours(6));
		claim(released, Duration.ofHours(6).minusMinutes(10));
		set(released, new Update().set("claimedAt", NOW.minus(Duration.ofHours(1))));
		// first taken before the window: not counted
		long longAgo = waiting("recovery", "talk", Duration.ofDays(40));
		claim(longAgo, Duration.ofDays(31));
		// stored before firstClaimedAt existed: its claimedAt stands for it (after 70
		// minutes)
		long legacy = waiting("recovery", "talk", Duration.ofDays(2));
		set(legacy, new Update().set("status", RequestStatus.CLAIMED)
			.set("claimedAt", NOW.minus(Duration.ofDays(2)).plusSeconds(70 * 60)));
		// another programme: not counted for this one
		long elsewhere = waiting("circles", "talk", Duration.ofHours(5));
		claim(elsewhere, Duration.ofHours(1));

		QueueFigures.Figures recovery = this.figures.of(List.of("recovery"));

		// 10, 10, 20, 30, 40, 70 minutes
		assertThat(recovery.claimed()).isEqualTo(6);
		assertThat(recovery.medianToClaim()).isEqualTo(Duration.ofMinutes(25));
		assertThat(this.figures.of(null).claimed()).isEqualTo(7);
		assertThat(this.figures.of(List.of()).medianToClaim()).as("none claimed").isNull();
	}

	@Test
	void theMedianOfAnOddCountIsTheMiddleOne() {
		assertThat(QueueFigures.median(List.of(Duration.ofMinutes(9), Duration.ofMinutes(1), Duration.ofMinutes(4))))
			.isEqualTo(Duration.ofMinutes(4));
		assertThat(QueueFigures.median(List.of())).isNull();
	}

	@Test
	void theQueueFiltersByWaitBandAndByFirstClaimWithinTheWindowAsTheFiguresCount() {
		long hour = waiting("recovery", "talk", Duration.ofMinutes(30));
		long day = waiting("recovery", "talk", Duration.ofHours(3));
		long taken = waiting("recovery", "talk", Duration.ofDays(3));
		claim(taken, Duration.ofDays(2));
		long takenLongAgo = waiting("recovery", "talk", Duration.ofDays(60));
		claim(takenLongAgo, Duration.ofDays(50));

		assertThat(numbers(new RequestSearch(RequestStage.UNTAKEN, null, null, null, WaitBand.UNDER_HOUR, null)))
			.containsExactly(hour);
		assertThat(numbers(new RequestSearch(RequestStage.UNTAKEN, null, null, null, WaitBand.UNDER_DAY, null)))
			.containsExactly(day);
		assertThat(numbers(new RequestSearch(RequestStage.ACTIVE, null, null, null, null, QueueFigures.CLAIM_WINDOW)))
			.containsExactly(taken);
	}

	@Test
	void eachWaitFallsInOneBand() {
		assertThat(WaitBand.of(Duration.ZERO)).isEqualTo(WaitBand.UNDER_HOUR);
		assertThat(WaitBand.of(Duration.ofMinutes(60))).isEqualTo(WaitBand.UNDER_DAY);
		assertThat(WaitBand.of(Duration.ofDays(1))).isEqualTo(WaitBand.UNDER_WEEK);
		assertThat(WaitBand.of(Duration.ofDays(7))).isEqualTo(WaitBand.LONGER);
	}

	private List<Long> numbers(RequestSearch search) {
		return this.requests.search(search, null, NOW, PageRequest.of(0, 50)).map(HelpRequest::number).getContent();
	}

	private long waiting(String programme, String category, Duration waited) {
		this.made++;
		return this.requests
			.create("R-" + this.made, this.made, programme, category, Urgency.WEEK, null, null, "en", false,
					NOW.minus(waited))
			.number();
	}

	/** Offers the request to a volunteer, who takes it {@code ago} before now. */
	private void claim(long number, Duration ago) {
		HelpRequest request = this.requests.byNumber(number).orElseThrow();
		this.requests.addOffer(request.id(), new HelpRequest.Offer("V-1", 500L, "entry", 0, request.createdAt()));
		assertThat(this.requests.claim(request.id(), "V-1", 500L, NOW.minus(ago), NOW)).isTrue();
	}

	private void set(long number, Update update) {
		this.mongo.updateFirst(Query.query(Criteria.where("number").is(number)), update, HelpRequest.class);
	}

	private static <K, V> java.util.Map.Entry<K, V> entry(K key, V value) {
		return java.util.Map.entry(key, value);
	}

	private static MongoServer started() {
		MongoServer server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", 0);
		return server;
	}

}
