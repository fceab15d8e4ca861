package org.peersupport.web.sandbox;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.ServerAddress;
import com.mongodb.client.MongoClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersupport.conversation.ConversationProperties;
import org.peersupport.conversation.ScriptCatalog;
import org.peersupport.participants.Programmes;
import org.peersupport.participants.VolunteerSkills;
import org.peersupport.requests.RequestsProperties;
import org.peersupport.safety.CrisisKind;
import org.peersupport.safety.SafetyProperties;
import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.store.EmbeddedMongo;
import org.peersupport.store.StoreProperties;
import org.peersupport.telegram.TelegramProperties;
import org.peersupport.web.support.MongoTemplates;

import org.springframework.context.ApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/**
 * The sandbox engine sees the NGO's bot configuration of the main environment and nothing
 * else: not the production MongoDB (here a closed port, also as a system property), not
 * the bot token, not the data directory.
 */
class SandboxEngineIsolationTests {

	static final int CLOSED_PORT = closedPort();

	static final String PRODUCTION_URI = "mongodb://127.0.0.1:" + CLOSED_PORT + "/production";

	@TempDir
	Path temp;

	MongoTemplates production = new MongoTemplates();

	SandboxEngine engine;

	@BeforeEach
	void productionPointsAtAClosedMongoDb() {
		System.setProperty("spring.mongodb.uri", PRODUCTION_URI);
		System.setProperty("MONGODB_URI", PRODUCTION_URI);
	}

	@AfterEach
	void close() {
		System.clearProperty("spring.mongodb.uri");
		System.clearProperty("MONGODB_URI");
		if (this.engine != null) {
			this.engine.close();
		}
		this.production.close();
	}

	@Test
	void theEngineStartsOnItsOwnMemoryStoreAndKeepsOnlyTheSharedConfiguration() {
		this.engine = new SandboxEngine(EngineSettings.from(mainEnvironment()), productionCatalog());

		BotApiEmulator emulator = this.engine.emulator();
		emulator.users().sendText(9001, "/start", "en");
		await().atMost(Duration.ofSeconds(30)).until(() -> !emulator.users().messages(9001).isEmpty());

		ApplicationContext context = this.engine.engineContext();
		EmbeddedMongo store = context.getBean(EmbeddedMongo.class);
		assertThat(store.properties().embedded()).isEqualTo(StoreProperties.Backend.MEMORY);
		assertThat(context.getBean(MongoClient.class).getClusterDescription().getClusterSettings().getHosts())
			.extracting(ServerAddress::getPort)
			.doesNotContain(CLOSED_PORT)
			.containsExactly(Integer.parseInt(store.connectionString().replaceAll(".*:(\\d+)/.*", "$1")));
		assertThat(context.getEnvironment().getProperty("spring.mongodb.uri")).isNull();
		assertThat(context.getEnvironment().getProperty("MONGODB_URI")).isNull();
		assertThat(context.getEnvironment().getProperty("PATH")).isNull();
		assertThat(context.getBean(TelegramProperties.class).token()).isBlank();
		assertThat(Files.exists(this.temp.resolve("production-data"))).isFalse();

		assertThat(context.getBean(SafetyProperties.class).crisisWords()).containsEntry("en",
				Map.of(CrisisKind.SELF_HARM, List.of("sandbox-test-word")));
		assertThat(context.getBean(ConversationProperties.class).maxReasks()).isEqualTo(7);
		assertThat(context.getBean(ConversationProperties.class).signingKey()).isNull();
		assertThat(context.getBean(Programmes.class).all()).singleElement()
			.satisfies((programme) -> assertThat(programme.key()).isEqualTo("circle"));
		// The skills and the categories that name them go together; other request
		// settings stay the engine's own.
		assertThat(context.getBean(VolunteerSkills.class).keys()).containsExactly("driver");
		assertThat(context.getBean(RequestsProperties.class).categories()).singleElement()
			.satisfies((category) -> assertThat(category.skills()).containsExactly("driver"));
		assertThat(context.getBean(RequestsProperties.class).firstWave()).isEqualTo(3);
	}

	@Test
	void aClosedEngineDoesNotStartAgain() {
		this.engine = new SandboxEngine(EngineSettings.from(mainEnvironment()), productionCatalog());
		this.engine.emulator();

		this.engine.close();

		assertThat(this.engine.isRunning()).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> this.engine.emulator());
	}

	private ScriptCatalog productionCatalog() {
		return new ScriptCatalog(this.production.template(), Set.of(), Clock.systemUTC(), Duration.ZERO);
	}

	private StandardEnvironment mainEnvironment() {
		Map<String, Object> main = new LinkedHashMap<>();
		main.put("spring.mongodb.uri", PRODUCTION_URI);
		main.put("MONGODB_URI", PRODUCTION_URI);
		main.put("peer.telegram.token", "4242:production-token");
		main.put("peer.telegram.api-url", "http://127.0.0.1:" + CLOSED_PORT);
		main.put("peer.store.embedded", "h2");
		main.put("peer.store.data-dir", this.temp.resolve("production-data").toString());
		main.put("peer.admin.password", "production-admin-password");
		main.put("peer.safety.crisis-words.en.self-harm[0]", "${SANDBOX_TEST_WORD:sandbox-test-word}");
		main.put("peer.conversation.max-reasks", "7");
		main.put("peer.conversation.signing-key", "production-signing-key-0123456789");
		main.put("peer.programmes[0].key", "circle");
		main.put("peer.programmes[0].name.en", "Circle of support");
		main.put("peer.programmes[0].support-lines.en", "0800 100 1010");
		main.put("peer.volunteers.skills[0].key", "driver");
		main.put("peer.volunteers.skills[0].labels.en", "I can drive people");
		main.put("peer.requests.categories[0].key", "lift");
		main.put("peer.requests.categories[0].skills", "driver");
		main.put("peer.requests.first-wave", "9");
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("main", main));
		return environment;
	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
