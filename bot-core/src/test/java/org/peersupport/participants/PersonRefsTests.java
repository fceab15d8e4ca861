package org.peersupport.participants;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class PersonRefsTests {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	private final MongoServer server = started();

	private final MongoClient client = MongoClients
		.create("mongodb://127.0.0.1:" + this.server.getLocalAddress().getPort());

	private final MongoTemplate mongo = new MongoTemplate(this.client, "test");

	private final GeneratedSecrets secrets = new GeneratedSecrets(this.mongo);

	private final PersonRefs refs = new PersonRefs(this.mongo, Clock.fixed(NOW, ZoneOffset.UTC));

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void aPersonKeepsTheirReferenceUntilForgottenAndThenGetsAnUnrelatedOne() {
		String ref = this.refs.of(42);

		assertThat(ref).matches("P-[A-Za-z0-9_-]{8}");
		assertThat(this.refs.of(42)).isEqualTo(ref);
		assertThat(this.refs.existing(42)).contains(ref);
		assertThat(this.refs.of(43)).isNotEqualTo(ref);

		this.refs.forget(42);

		assertThat(this.refs.existing(42)).isEmpty();
		assertThat(this.mongo.getCollection("person_refs").find().map(Object::toString))
			.noneMatch((document) -> document.contains(ref.substring(2)));
		assertThat(this.refs.of(42)).isNotEqualTo(ref);
	}

	@Test
	void referencesDerivedByEarlierVersionsStayForThePeopleKnownAndTheKeyIsDropped() {
		SecretKeySpec key = new SecretKeySpec(this.secrets.secret(DerivedRefs.KEY), "HmacSHA256");
		new Participants(this.mongo).recordConsent(5, "en", "onboarding@1", NOW);
		this.mongo
			.insert(new Volunteer("V" + PersonRefs.derived(key, 6).substring(1) + "-1", 6, "en", "circles", Map.of(),
					VolunteerStatus.PENDING, "volunteer-signup@2", NOW, NOW, null, null, Volunteer.SCHEMA_VERSION));
		String earlierRandom = this.refs.of(7);

		DerivedRefs.moveToStored(this.mongo, this.secrets, this.refs);

		assertThat(this.refs.of(5)).isEqualTo(PersonRefs.derived(key, 5));
		assertThat(this.refs.of(6)).isEqualTo(PersonRefs.derived(key, 6));
		assertThat(this.refs.of(7)).isEqualTo(earlierRandom);
		assertThat(this.refs.of(8)).isNotEqualTo(PersonRefs.derived(key, 8));
		assertThat(this.secrets.existing(DerivedRefs.KEY)).isEmpty();
		assertThat(this.mongo.getCollection("secrets").countDocuments()).isZero();

		this.refs.forget(5);
		DerivedRefs.moveToStored(this.mongo, this.secrets, this.refs);
		assertThat(this.refs.of(5)).isNotEqualTo(PersonRefs.derived(key, 5));
	}

	private static MongoServer started() {
		MongoServer server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", 0);
		return server;
	}

}
