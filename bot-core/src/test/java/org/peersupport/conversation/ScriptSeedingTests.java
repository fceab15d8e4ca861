package org.peersupport.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peersupport.scripts.ActionCall;
import org.peersupport.scripts.DefaultScripts;
import org.peersupport.scripts.Script;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptSeedingTests {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	private final MongoServer server = started();

	private final MongoClient client = MongoClients
		.create("mongodb://127.0.0.1:" + this.server.getLocalAddress().getPort());

	private final MongoTemplate mongo = new MongoTemplate(this.client, "test");

	private final Script shippedSignup = DefaultScripts.all()
		.stream()
		.filter((script) -> script.id().equals("volunteer-signup"))
		.findFirst()
		.orElseThrow();

	private final ScriptCatalog catalog = new ScriptCatalog(this.mongo, boundActions(),
			Clock.fixed(NOW, ZoneOffset.UTC), Duration.ZERO);

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void anEmptyStoreGetsEveryShippedScriptPublished() {
		this.catalog.seedDefaults();

		for (Script shipped : DefaultScripts.all()) {
			assertThat(this.catalog.published(shipped.id()).version()).isEqualTo(shipped.version());
		}
	}

	@Test
	void aNewerShippedVersionArrivesAsADraftAndTheNgosPublishedVersionStays() {
		assertThat(this.shippedSignup.version()).as("this test needs a shipped version above 1").isGreaterThan(1);
		storePublished(this.shippedSignup.version() - 1);

		this.catalog.seedDefaults();

		assertThat(this.catalog.published("volunteer-signup").version()).isEqualTo(this.shippedSignup.version() - 1);
		StoredScript arrived = this.mongo.findById(this.shippedSignup.key(), StoredScript.class);
		assertThat(arrived).isNotNull();
		assertThat(arrived.status()).isEqualTo(ScriptStatus.DRAFT);
		assertThat(this.catalog.publish("volunteer-signup", this.shippedSignup.version())).isTrue();
		assertThat(this.catalog.published("volunteer-signup").version()).isEqualTo(this.shippedSignup.version());
	}

	@Test
	void anNgoVersionAtOrAboveTheShippedOneIsLeftAlone() {
		storePublished(this.shippedSignup.version() + 3);

		this.catalog.seedDefaults();
		this.catalog.seedDefaults();

		assertThat(this.catalog.versions("volunteer-signup")).extracting(StoredScript::version)
			.containsExactly(this.shippedSignup.version() + 3);
	}

	private void storePublished(int version) {
		String yaml = DefaultScripts.read("scripts/volunteer-signup.yaml")
			.replace("version: " + this.shippedSignup.version(), "version: " + version);
		DraftResult draft = this.catalog.saveDraft(yaml, "older");
		assertThat(draft.problems()).isEmpty();
		assertThat(this.catalog.publish("volunteer-signup", version)).isTrue();
	}

	private static Set<String> boundActions() {
		Set<String> bound = DefaultScripts.all()
			.stream()
			.flatMap((script) -> script.steps().stream())
			.flatMap((step) -> step.actions().stream())
			.map(ActionCall::name)
			.collect(Collectors.toSet());
		bound.addAll(Set.of("setLocale", "recordConsent", "alertModerators"));
		return bound;
	}

	private static MongoServer started() {
		MongoServer server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", 0);
		return server;
	}

}
