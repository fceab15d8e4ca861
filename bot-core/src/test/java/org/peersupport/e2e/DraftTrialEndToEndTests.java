package org.peersupport.e2e;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.conversation.ConversationRuntime;
import org.peersupport.conversation.ScriptCatalog;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.scripts.DefaultScripts;
import org.peersupport.store.MemoryStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A draft is tried in a sandbox chat without publishing it. */
@SpringBootTest(classes = BotTestApplication.class, properties = "peer.messaging.rate.enabled=false")
@MemoryStore
class DraftTrialEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	@Autowired
	MongoOperations mongo;

	@Autowired
	ScriptCatalog catalog;

	@Autowired
	ConversationRuntime runtime;

	@DynamicPropertySource
	static void pointAtEmulator(DynamicPropertyRegistry registry) {
		telegram.register(registry);
	}

	@AfterAll
	static void stopEmulator() {
		telegram.close();
	}

	@Test
	void aDraftStartedInAChatRunsThereWhileOthersStillGetThePublishedVersion() {
		int shipped = DefaultScripts.all()
			.stream()
			.filter((script) -> script.id().equals("onboarding"))
			.findFirst()
			.orElseThrow()
			.version();
		int next = shipped + 1;
		assertThat(this.catalog.published("onboarding").version()).isEqualTo(shipped);
		String draft = DefaultScripts.read("scripts/onboarding.yaml")
			.replace("version: " + shipped, "version: " + next)
			.replace("Hello! I’m the bot of a peer-support community.", "Hello from the draft!");
		assertThat(this.catalog.saveDraft(draft, "draft").problems()).isEmpty();
		Person tester = new Person(telegram, this.mongo, 3001, "en");
		tester.users().unblock(3001);

		this.runtime.startDraft(3001, "onboarding", next, "en");
		this.runtime.startDraft(3001, "onboarding", next, "en");

		await().atMost(Duration.ofSeconds(20))
			.until(() -> tester.texts()
				.stream()
				.filter((text) -> text.startsWith("Hello from the draft!"))
				.count() == 2);
		assertThat(tester.lastMessage().buttons()).isNotEmpty();
		tester.presses("English");
		tester.sees("Before we begin");
		assertThat(this.catalog.published("onboarding").version()).isEqualTo(shipped);

		Person other = new Person(telegram, this.mongo, 3002, "en");
		other.says("/start");
		other.sees("Hello! I’m the bot of a peer-support community.");
	}

}
