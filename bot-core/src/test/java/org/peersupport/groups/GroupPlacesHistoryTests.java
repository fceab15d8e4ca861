package org.peersupport.groups;

import java.time.Instant;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's way through the groups is kept step by step, once per step however often the
 * work runs, with their place on the waiting list while they wait, and erased with them.
 */
class GroupPlacesHistoryTests {

	private static final Instant T0 = Instant.parse("2027-05-03T08:00:00Z");

	private final MongoServer server = started();

	private final MongoClient client = MongoClients
		.create("mongodb://127.0.0.1:" + this.server.getLocalAddress().getPort());

	private final MongoTemplate mongo = new MongoTemplate(this.client, "test");

	private final GroupPlaces places = new GroupPlaces(this.mongo);

	private final PeerGroup group = new PeerGroup(-100L, GroupStatus.ACTIVE, "Tuesday circle", "prison", "en", 1,
			"Be kind", List.of(), null, T0, T0, "admin", PeerGroup.SCHEMA_VERSION);

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void eachStepIsKeptOnceWithItsTimeFromWaitingToLeaving() {
		this.places.await(1, "prison", "en", T0);
		this.places.await(1, "prison", "en", T0.plusSeconds(5));
		this.places.await(2, "prison", "en", T0.plusSeconds(10));
		assertThat(this.places.waitingPosition(1)).contains(1L);
		assertThat(this.places.waitingPosition(2)).contains(2L);
		assertThat(this.places.waitingPosition(3)).isEmpty();

		GroupPlace place = this.places.take(this.group, 1, T0.plusSeconds(60)).orElseThrow();
		this.places.stopWaiting(1);
		this.places.take(this.group, 1, T0.plusSeconds(61));
		assertThat(this.places.agree(1, place.token(), T0.plusSeconds(120))).isTrue();
		assertThat(this.places.agree(1, place.token(), T0.plusSeconds(121))).isFalse();
		assertThat(this.places.joined(1, -100L, T0.plusSeconds(180))).isTrue();
		assertThat(this.places.joined(1, -100L, T0.plusSeconds(181))).isFalse();
		this.places.free(1, GroupStep.Kind.BANNED, T0.plusSeconds(240));
		this.places.free(1, GroupStep.Kind.BANNED, T0.plusSeconds(241));

		assertThat(this.places.history(1)).extracting(GroupStep::kind, GroupStep::at, GroupStep::groupChatId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(GroupStep.Kind.WAITING, T0, null),
					org.assertj.core.groups.Tuple.tuple(GroupStep.Kind.PLACED, T0.plusSeconds(60), -100L),
					org.assertj.core.groups.Tuple.tuple(GroupStep.Kind.AGREED, T0.plusSeconds(120), -100L),
					org.assertj.core.groups.Tuple.tuple(GroupStep.Kind.JOINED, T0.plusSeconds(180), -100L),
					org.assertj.core.groups.Tuple.tuple(GroupStep.Kind.BANNED, T0.plusSeconds(240), -100L));
		assertThat(this.places.history(2)).extracting(GroupStep::kind).containsExactly(GroupStep.Kind.WAITING);
		assertThat(this.places.waitingPosition(2)).contains(1L);

		this.places.erase(1);
		assertThat(this.places.history(1)).isEmpty();
		assertThat(this.places.history(2)).hasSize(1);
	}

	private static MongoServer started() {
		MongoServer server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", 0);
		return server;
	}

}
