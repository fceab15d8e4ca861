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

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * What the panel reads of the catalog (the stored script ids, one version as stored) and
 * how one catalog's published versions are copied into another (production's into the
 * sandbox engine's).
 */
class ScriptCatalogCopyTests {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	private final MongoServer server = started();

	private final MongoClient client = MongoClients
		.create("mongodb://127.0.0.1:" + this.server.getLocalAddress().getPort());

	private final ScriptCatalog production = catalog("production");

	private final ScriptCatalog sandbox = catalog("sandbox");

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void listsTheIdsOfEveryStoredScriptSortedOnce() {
		this.production.seedDefaults();
		saveDraft(this.production, 90, "Hello from a draft");

		assertThat(this.production.scriptIds()).isSorted()
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(
					DefaultScripts.all().stream().map((script) -> script.id()).collect(Collectors.toSet()));
	}

	@Test
	void aStoredVersionIsFoundAsStoredAndAMissingOneIsEmpty() {
		this.production.seedDefaults();
		saveDraft(this.production, 90, "Hello from a draft");

		StoredScript draft = this.production.stored("onboarding", 90).orElseThrow();

		assertThat(draft.status()).isEqualTo(ScriptStatus.DRAFT);
		assertThat(draft.source()).contains("Hello from a draft");
		assertThat(this.production.stored("onboarding", 91)).isEmpty();
	}

	@Test
	void publishedVersionsCopiedIntoAnotherCatalogArePublishedThereWithTheSameText() {
		this.production.seedDefaults();
		saveDraft(this.production, 90, "Hello from production's own version");
		this.production.publish("onboarding", 90);
		this.sandbox.seedDefaults();

		for (StoredScript version : this.production.publishedVersions()) {
			this.sandbox.publishCopy(version);
		}

		assertThat(this.production.publishedVersions()).extracting(StoredScript::key)
			.hasSize(DefaultScripts.all().size())
			.contains("onboarding@90");
		assertThat(this.sandbox.published("onboarding").version()).isEqualTo(90);
		assertThat(this.sandbox.stored("onboarding", 90).orElseThrow().source())
			.isEqualTo(this.production.stored("onboarding", 90).orElseThrow().source());
		assertThat(this.sandbox.publishedVersions()).extracting(StoredScript::key)
			.containsExactlyInAnyOrderElementsOf(
					this.production.publishedVersions().stream().map(StoredScript::key).toList());
	}

	@Test
	void aCopyThatDoesNotLoadIsRefused() {
		StoredScript broken = new StoredScript("onboarding@90", "onboarding", 90, "id: onboarding\nsteps: [",
				ScriptStatus.PUBLISHED, NOW, NOW, StoredScript.SCHEMA_VERSION);

		assertThatIllegalStateException().isThrownBy(() -> this.sandbox.publishCopy(broken));
	}

	private ScriptCatalog catalog(String database) {
		return new ScriptCatalog(new MongoTemplate(this.client, database), boundActions(),
				Clock.fixed(NOW, ZoneOffset.UTC), Duration.ZERO);
	}

	private static void saveDraft(ScriptCatalog catalog, int version, String greeting) {
		String shipped = DefaultScripts.read("scripts/onboarding.yaml");
		String yaml = shipped.replaceFirst("(?m)^version: \\d+", "version: " + version);
		assertThat(yaml).isNotEqualTo(shipped);
		yaml = yaml + "\n# " + greeting + "\n";
		assertThat(catalog.saveDraft(yaml, "test").problems()).isEmpty();
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
