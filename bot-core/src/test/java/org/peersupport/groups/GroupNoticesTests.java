package org.peersupport.groups;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.leases.InstanceId;
import org.peersupport.leases.ItemLeases;
import org.peersupport.messaging.OutboundAction;
import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.OutboxEntry;
import org.peersupport.messaging.OutboxRef;
import org.peersupport.messaging.Outgoing;
import org.peersupport.store.MemoryStore;
import org.peersupport.testing.MutableClock;
import org.peersupport.testing.Race;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

// The whole bot in sandbox mode with Quartz off: the deletions go into the real outbox,
// and what is stored there counts.
@SpringBootTest(classes = BotTestApplication.class, properties = "spring.quartz.auto-startup=false")
@MemoryStore
class GroupNoticesTests {

	private static final long GROUP = -100_555_000L;

	private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

	private static final Duration LIFETIME = Duration.ofHours(6);

	@Autowired
	MongoOperations mongo;

	@Autowired
	Outbox outbox;

	private final MutableClock clock = new MutableClock(NOW);

	@BeforeEach
	void clean() {
		this.mongo.remove(new Query(), GroupNotice.class);
		this.mongo.remove(new Query(), OutboxEntry.class);
	}

	@Test
	void aNoticeIsDeletedOnceWhenItsTimeIsUpByOneOfTwoInstancesAndNotOnLaterSweeps() throws Exception {
		GroupNotices first = instance("first", LIFETIME);
		GroupNotices second = instance("second", LIFETIME);
		OutboxRef welcome = welcome("u1");
		first.posted(welcome, GROUP);
		second.posted(welcome, GROUP);
		assertThat(first.waitingIn(GROUP)).as("kept once").isOne();

		this.clock.advance(LIFETIME.minusSeconds(1));
		assertThat(first.deleteDue() + second.deleteDue()).as("not yet").isZero();

		this.clock.advance(Duration.ofSeconds(1));
		List<Integer> deleted = Race.run(List.<Callable<Integer>>of(first::deleteDue, second::deleteDue));

		assertThat(deleted.get(0) + deleted.get(1)).isOne();
		assertThat(deletions()).singleElement().satisfies((entry) -> {
			assertThat(entry.chatId()).isEqualTo(GROUP);
			// not sent yet: the deletion waits for the welcome's entry
			assertThat(entry.targetEntryId()).isEqualTo(welcome.entryId());
		});
		for (int sweep = 0; sweep < 3; sweep++) {
			this.clock.advance(Duration.ofHours(1));
			assertThat(first.deleteDue() + second.deleteDue()).isZero();
		}
		assertThat(deletions()).hasSize(1);
		assertThat(first.waitingIn(GROUP)).isZero();
	}

	@Test
	void aSentNoticeIsDeletedByItsTelegramMessageId() {
		GroupNotices notices = instance("one", LIFETIME);
		OutboxRef welcome = welcome("u2");
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(welcome.entryId())),
				new Update().set("sentMessageId", 4242L), OutboxEntry.class);
		notices.posted(welcome, GROUP);

		this.clock.advance(LIFETIME);

		assertThat(notices.deleteDue()).isOne();
		assertThat(deletions()).singleElement().satisfies((entry) -> {
			assertThat(entry.messageId()).isEqualTo(4242L);
			assertThat(entry.targetEntryId()).isNull();
		});
	}

	@Test
	void aNoticeClaimedByACrashedInstanceIsDeletedByAnotherOnlyAfterTheClaimEnds() {
		instance("any", LIFETIME).posted(welcome("u3"), GROUP);
		this.clock.advance(LIFETIME);
		ItemLeases crashed = new ItemLeases(this.mongo, new InstanceId("crashed"), this.clock);
		assertThat(crashed.claimNext(GroupNotice.class, Criteria.where("deleteAt").lte(this.clock.instant()),
				Duration.ofMinutes(2)))
			.isPresent();
		GroupNotices other = instance("other", LIFETIME);

		assertThat(other.deleteDue()).isZero();
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(other.deleteDue()).isOne();
		assertThat(deletions()).hasSize(1);
	}

	@Test
	void aGroupThatBecameASupergroupHasItsNoticesForgottenNotDeletedInTheWrongChat() {
		GroupNotices notices = instance("one", LIFETIME);
		notices.posted(welcome("u5"), GROUP);
		notices.posted(welcome("u6"), GROUP - 1);

		assertThat(notices.forgetMigrated(GROUP)).isOne();
		this.clock.advance(LIFETIME);

		assertThat(notices.waitingIn(GROUP)).isZero();
		assertThat(notices.deleteDue()).as("only the other group's").isOne();
		assertThat(deletions()).isEmpty();
	}

	@Test
	void aLifetimeOfZeroKeepsTheNotices() {
		GroupNotices keeping = instance("one", Duration.ZERO);
		keeping.posted(welcome("u4"), GROUP);

		this.clock.advance(Duration.ofDays(3));

		assertThat(keeping.deleteDue()).isZero();
		assertThat(keeping.waitingIn(GROUP)).isZero();
		assertThat(deletions()).isEmpty();
	}

	@Test
	void aLifetimeTelegramCouldNotHonourIsRefusedAtStart() {
		assertThatThrownBy(() -> new GroupsProperties(Duration.ofDays(7), Duration.ofHours(48), Duration.ofMinutes(1)))
			.hasMessageContaining("notice-lifetime");
		assertThatThrownBy(() -> new GroupsProperties(Duration.ofDays(7), Duration.ofHours(-1), Duration.ofMinutes(1)))
			.hasMessageContaining("notice-lifetime");
		assertThat(new GroupsProperties(Duration.ofDays(7), null, null).noticeLifetime()).isEqualTo(LIFETIME);
	}

	private OutboxRef welcome(String origin) {
		return this.outbox.put(origin, 0,
				new Outgoing.SendMessage(GROUP, true, "Welcome to the group, Knot!", List.of()));
	}

	private List<OutboxEntry> deletions() {
		return this.mongo.find(
				Query.query(Criteria.where("chatId").is(GROUP).and("action").is(OutboundAction.DELETE_MESSAGE)),
				OutboxEntry.class);
	}

	private GroupNotices instance(String id, Duration lifetime) {
		return new GroupNotices(this.mongo, new ItemLeases(this.mongo, new InstanceId(id), this.clock), this.outbox,
				lifetime, this.clock);
	}

}
