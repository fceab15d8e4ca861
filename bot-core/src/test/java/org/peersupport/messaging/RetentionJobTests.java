package org.peersupport.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.leases.InstanceId;
import org.peersupport.leases.NamedLeases;
import org.peersupport.store.MemoryStore;
import org.peersupport.testing.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = MessagingTestApplication.class, properties = "spring.quartz.auto-startup=false")
@MemoryStore
class RetentionJobTests {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	@Autowired
	Inbox inbox;

	@Autowired
	Outbox outbox;

	@Autowired
	MessagingProperties properties;

	@Autowired
	MongoOperations mongo;

	private final MutableClock clock = new MutableClock(NOW);

	@BeforeEach
	void clean() {
		this.mongo.remove(new Query(), InboxEntry.class);
	}

	@Test
	void ofTwoInstancesOnlyTheLeaseHolderRunsRetentionWithinTheHour() {
		RetentionJob first = job("first");
		RetentionJob second = job("second");
		storeHandled(1);
		first.executeInternal(null);
		assertThat(handledIds()).isZero();

		storeHandled(2);
		second.executeInternal(null);
		assertThat(handledIds()).isOne();

		this.clock.advance(Duration.ofHours(1));
		second.executeInternal(null);
		assertThat(handledIds()).isZero();
	}

	@Test
	void deadLettersAreKeptForTheirRetentionThenForgottenWithWhatTheySaid() {
		this.mongo.remove(new Query(), OutboxEntry.class);
		Instant young = NOW.minus(this.properties.deadLetterRetention()).plus(Duration.ofHours(1));
		Instant old = NOW.minus(this.properties.deadLetterRetention()).minus(Duration.ofHours(1));
		this.mongo.insert(dead("young-0", young));
		this.mongo.insert(dead("old-0", old));

		job("first").executeInternal(null);

		assertThat(this.mongo.findAll(OutboxEntry.class)).extracting(OutboxEntry::id).containsExactly("young-0");
		assertThat(this.properties.deadLetterRetention()).isEqualTo(Duration.ofDays(30));
	}

	private OutboxEntry dead(String id, Instant finishedAt) {
		return new OutboxEntry(id, id.substring(0, id.indexOf('-')), 0, OutboundAction.SEND_MESSAGE, 7, false,
				"💬 Grey Wren (request No. 3):\nwhat they wrote", List.of(), null, null, null, null, false,
				OutboxState.DEAD, 8, null, 400, "Bad Request: chat not found", null, finishedAt, finishedAt,
				OutboxEntry.SCHEMA_VERSION);
	}

	private RetentionJob job(String instance) {
		return new RetentionJob(this.inbox, this.outbox,
				new NamedLeases(this.mongo, new InstanceId(instance), this.clock), this.properties, this.clock);
	}

	private void storeHandled(long updateId) {
		Instant longAgo = NOW.minus(this.properties.dedupRetention()).minus(Duration.ofHours(1));
		this.mongo
			.insert(new InboxEntry(updateId, 7, InboxState.DONE, null, 1, longAgo, longAgo, InboxEntry.SCHEMA_VERSION));
	}

	private long handledIds() {
		return this.mongo.count(new Query(), InboxEntry.class);
	}

}
