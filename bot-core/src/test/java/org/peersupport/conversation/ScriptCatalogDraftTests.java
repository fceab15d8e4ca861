package org.peersupport.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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
import org.peersupport.scripts.ScriptProblem;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saving a draft from the panel's editor: a version already published or retired is saved
 * as the next free version instead of being refused.
 */
class ScriptCatalogDraftTests {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	private final MongoServer server = started();

	private final MongoClient client = MongoClients
		.create("mongodb://127.0.0.1:" + this.server.getLocalAddress().getPort());

	private final ScriptCatalog catalog = new ScriptCatalog(new MongoTemplate(this.client, "drafts"), boundActions(),
			Clock.fixed(NOW, ZoneOffset.UTC), Duration.ZERO);

	private final String shipped = DefaultScripts.read("scripts/onboarding.yaml");

	private final int shippedVersion = this.catalog.published("onboarding").version();

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void aPublishedVersionSavedAgainBecomesTheNextVersionWithItsVersionLineRaised() {
		DraftResult result = this.catalog.saveDraftRaisingVersion(this.shipped + "\n# edited\n", "panel");

		int next = this.shippedVersion + 1;
		assertThat(result.problems()).isEmpty();
		assertThat(result.key()).isEqualTo("onboarding@" + next);
		assertThat(result.version()).isEqualTo(next);
		assertThat(result.raisedFrom()).isEqualTo(this.shippedVersion);
		StoredScript draft = this.catalog.stored("onboarding", next).orElseThrow();
		assertThat(draft.status()).isEqualTo(ScriptStatus.DRAFT);
		assertThat(draft.source()).contains("\nversion: " + next + "\n", "# edited")
			.doesNotContain("\nversion: " + this.shippedVersion + "\n");
		assertThat(this.catalog.version("onboarding", next).version()).isEqualTo(next);
		assertThat(this.catalog.published("onboarding").version()).isEqualTo(this.shippedVersion);
	}

	@Test
	void aFeaturesRequirementRefusesAnEditOfAPublishedVersionToo() {
		ScriptRequirement noOnboarding = (script) -> script.id().equals("onboarding")
				? List.of(new ScriptProblem("needs-something", "needs something", 3, 1, null, List.of())) : List.of();
		ScriptCatalog strict = new ScriptCatalog(new MongoTemplate(this.client, "drafts"), boundActions(),
				List.of(noOnboarding), Clock.fixed(NOW, ZoneOffset.UTC), Duration.ZERO);

		DraftResult raised = strict.saveDraftRaisingVersion(this.shipped + "\n# edited\n", "panel");

		assertThat(raised.key()).isNull();
		assertThat(raised.problems()).extracting(ScriptProblem::code).containsExactly("needs-something");
		assertThat(strict.stored("onboarding", this.shippedVersion + 1)).isEmpty();
		assertThat(strict.saveDraft(this.shipped, "panel").problems()).extracting(ScriptProblem::code)
			.containsExactly("needs-something");
	}

	@Test
	void theRaisedVersionComesAfterTheNewestStoredOneEvenADraft() {
		this.catalog.saveDraftRaisingVersion(this.shipped, "panel");

		DraftResult again = this.catalog.saveDraftRaisingVersion(this.shipped, "panel");

		assertThat(again.version()).isEqualTo(this.shippedVersion + 2);
		assertThat(this.catalog.versions("onboarding")).extracting(StoredScript::version)
			.containsExactly(this.shippedVersion + 2, this.shippedVersion + 1, this.shippedVersion);
	}

	@Test
	void aDraftSavedAgainKeepsItsVersion() {
		int next = this.shippedVersion + 1;
		String draft = this.shipped.replace("version: " + this.shippedVersion, "version: " + next);
		this.catalog.saveDraftRaisingVersion(draft, "panel");

		DraftResult again = this.catalog.saveDraftRaisingVersion(draft + "\n# again\n", "panel");

		assertThat(again.version()).isEqualTo(next);
		assertThat(again.raisedFrom()).isZero();
		assertThat(this.catalog.stored("onboarding", next).orElseThrow().source()).contains("# again");
	}

	@Test
	void theExactSaveStillRefusesAPublishedVersionAtItsVersionLine() {
		DraftResult result = this.catalog.saveDraft("# a comment first\n" + this.shipped, "exact");

		assertThat(result.saved()).isFalse();
		assertThat(result.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.code()).isEqualTo("version-published");
			assertThat(problem.line()).isEqualTo(VersionLine.lineOf(this.shipped) + 1);
		});
	}

	@Test
	void theVersionLineIsRaisedOnlyWhenThereIsExactlyOneNamingTheVersion() {
		assertThat(VersionLine.raise("id: a\nversion: 3  # third\nsteps: []\n", 3, 4))
			.contains("id: a\nversion: 4  # third\nsteps: []\n");
		assertThat(VersionLine.raise("id: a\nversion: 2\n", 3, 4)).isEmpty();
		assertThat(VersionLine.raise("{id: a, version: 3}", 3, 4)).isEmpty();
		assertThat(VersionLine.lineOf("id: a\n\nversion: 3\n")).isEqualTo(3);
	}

	@Test
	void rollBacksStepBackThroughThePublishedVersionsAndStopAtTheFirst() {
		int first = this.shippedVersion;
		int second = this.catalog.saveDraftRaisingVersion(this.shipped, "panel").version();
		this.catalog.publish("onboarding", second);
		int third = this.catalog.saveDraftRaisingVersion(this.shipped, "panel").version();
		this.catalog.publish("onboarding", third);

		assertThat(this.catalog.rollbackTarget("onboarding")).map(StoredScript::version).contains(second);
		assertThat(this.catalog.rollback("onboarding")).contains(second);
		assertThat(this.catalog.rollback("onboarding")).contains(first);
		assertThat(this.catalog.publishedVersion("onboarding")).map(StoredScript::version).contains(first);
		assertThat(this.catalog.rollbackTarget("onboarding")).isEmpty();
		assertThat(this.catalog.rollback("onboarding")).isEmpty();
		assertThat(this.catalog.published("onboarding").version()).isEqualTo(first);
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
