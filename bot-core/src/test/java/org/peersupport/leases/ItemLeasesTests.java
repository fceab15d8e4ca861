package org.peersupport.leases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.store.MemoryStore;
import org.peersupport.testing.MutableClock;
import org.peersupport.testing.Race;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = LeasesTestApplication.class, properties = "spring.quartz.auto-startup=false")
@MemoryStore
class ItemLeasesTests {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	private static final Duration MINUTE = Duration.ofMinutes(1);

	@Autowired
	MongoOperations mongo;

	private final MutableClock clock = new MutableClock(NOW);

	@BeforeEach
	void clean() {
		this.mongo.remove(new Query(), DueItem.class);
	}

	@Test
	void twoInstancesWithTwoThreadsEachClaimEveryDueItemExactlyOnce() throws Exception {
		for (int id = 1; id <= 100; id++) {
			this.mongo.insert(new DueItem(id, NOW.minusSeconds(id), 0));
		}
		this.mongo.insert(new DueItem(1000, NOW.plusSeconds(60), 0));
		ItemLeases first = instance("first");
		ItemLeases second = instance("second");

		List<List<Integer>> claimed = Race.run(List.of(drain(first), drain(first), drain(second), drain(second)));

		List<Integer> all = claimed.stream().flatMap(List::stream).toList();
		assertThat(all).hasSize(100).doesNotHaveDuplicates().doesNotContain(1000);
		assertThat(claimed).allSatisfy((byOneThread) -> assertThat(byOneThread).isNotEmpty());
	}

	@Test
	void aClaimSetsTheOwnerAndTheLeaseEndOnTheDocument() {
		this.mongo.insert(new DueItem(1, NOW, 0));

		assertThat(instance("first").claimNext(DueItem.class, due(), MINUTE)).isPresent();

		Document stored = this.mongo.findById(1, Document.class, "due_items");
		assertThat(stored.getString(ItemLeases.OWNER)).isEqualTo("first");
		assertThat(stored.getDate(ItemLeases.UNTIL).toInstant()).isEqualTo(NOW.plus(MINUTE));
	}

	@Test
	void anItemClaimedByACrashedInstanceIsClaimedAgainOnlyAfterItsLeaseEnds() {
		this.mongo.insert(new DueItem(1, NOW, 0));
		ItemLeases crashed = instance("crashed");
		ItemLeases other = instance("other");
		assertThat(crashed.claimNext(DueItem.class, due(), MINUTE)).isPresent();

		this.clock.advance(Duration.ofSeconds(59));
		assertThat(other.claimNext(DueItem.class, due(), MINUTE)).isEmpty();

		this.clock.advance(Duration.ofSeconds(1));
		assertThat(other.claimNext(DueItem.class, due(), MINUTE)).map(DueItem::id).contains(1);
		assertThat(crashed.complete(DueItem.class, 1, done())).isFalse();
		assertThat(other.complete(DueItem.class, 1, done())).isTrue();
		assertThat(this.mongo.findById(1, DueItem.class).doneCount()).isEqualTo(1);
	}

	@Test
	void renewingKeepsTheItemPastItsFirstLeaseEnd() {
		this.mongo.insert(new DueItem(1, NOW, 0));
		ItemLeases holder = instance("holder");
		ItemLeases other = instance("other");
		holder.claimNext(DueItem.class, due(), MINUTE);

		this.clock.advance(Duration.ofSeconds(50));
		assertThat(holder.renew(DueItem.class, 1, MINUTE)).isTrue();
		this.clock.advance(Duration.ofSeconds(50));
		assertThat(other.claimNext(DueItem.class, due(), MINUTE)).isEmpty();
		assertThat(other.renew(DueItem.class, 1, MINUTE)).isFalse();

		this.clock.advance(Duration.ofSeconds(10));
		assertThat(other.claimNext(DueItem.class, due(), MINUTE)).isPresent();
	}

	@Test
	void completingRecordsTheWorkAndLeavesNoLeaseBehind() {
		this.mongo.insert(new DueItem(1, NOW, 0));
		ItemLeases holder = instance("holder");
		holder.claimNext(DueItem.class, due(), MINUTE);

		assertThat(holder.complete(DueItem.class, 1, done().set("dueAt", NOW.plusSeconds(3600)))).isTrue();

		Document stored = this.mongo.findById(1, Document.class, "due_items");
		assertThat(stored).doesNotContainKeys(ItemLeases.OWNER, ItemLeases.UNTIL).containsEntry("doneCount", 1);
		assertThat(instance("other").claimNext(DueItem.class, due(), MINUTE)).isEmpty();
	}

	@Test
	void aReleasedItemIsDueAgainAtOnce() {
		this.mongo.insert(new DueItem(1, NOW, 0));
		ItemLeases holder = instance("holder");
		holder.claimNext(DueItem.class, due(), MINUTE);

		assertThat(instance("other").release(DueItem.class, 1)).isFalse();
		assertThat(holder.release(DueItem.class, 1)).isTrue();

		assertThat(instance("other").claimNext(DueItem.class, due(), MINUTE)).isPresent();
	}

	@Test
	void claimTakesAtMostTheAskedNumberInTheGivenOrder() {
		for (int id = 1; id <= 5; id++) {
			this.mongo.insert(new DueItem(id, NOW.minusSeconds(id), 0));
		}
		ItemLeases holder = instance("holder");

		List<DueItem> oldestFirst = holder.claim(DueItem.class, due(), Sort.by("dueAt"), 3, MINUTE);
		List<DueItem> rest = holder.claim(DueItem.class, due(), Sort.by("dueAt"), 3, MINUTE);

		assertThat(oldestFirst).extracting(DueItem::id).containsExactly(5, 4, 3);
		assertThat(rest).extracting(DueItem::id).containsExactly(2, 1);
	}

	private ItemLeases instance(String id) {
		return new ItemLeases(this.mongo, new InstanceId(id), this.clock);
	}

	private Criteria due() {
		return Criteria.where("dueAt").lte(this.clock.instant());
	}

	private static Update done() {
		return new Update().inc("doneCount", 1);
	}

	/** Claims due items one by one until none is left; the ids in claim order. */
	private Callable<List<Integer>> drain(ItemLeases leases) {
		return () -> {
			List<Integer> ids = new ArrayList<>();
			Optional<DueItem> next;
			while ((next = leases.claimNext(DueItem.class, due(), MINUTE)).isPresent()) {
				ids.add(next.get().id());
			}
			return ids;
		};
	}

}
