package org.peersupport.web.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.conversation.ScriptCatalog;
import org.peersupport.conversation.ScriptStatus;
import org.peersupport.conversation.StoredScript;
import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.web.support.ProductionMode;
import org.peersupport.sandbox.BotMessage;
import org.peersupport.scripts.DefaultScripts;
import org.peersupport.web.support.TelegramUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The panel in production mode (a bot token, "Telegram" played by an emulator the test
 * starts): the sandbox phones run on a separate sandbox engine that never reaches
 * Telegram or the production store.
 */
@SpringBootTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
@AutoConfigureMockMvc
@DirtiesContext
class SandboxEngineTests {

	static final String TOKEN = "4242:production-token";

	static final String GREETING = "Hello! I’m the bot of a peer-support community.";

	/** Real Telegram, as far as the production bot knows. */
	static final BotApiEmulator telegram = ProductionMode.telegram(TOKEN);

	static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

	static final List<String> PRODUCTION_COLLECTIONS = List.of("participants", "conversations", "inbox", "outbox");

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate production;

	@Autowired
	ScriptCatalog productionCatalog;

	@Autowired
	Sandbox sandbox;

	@Autowired
	UserDetailsService users;

	UserDetails admin;

	@DynamicPropertySource
	static void productionMode(DynamicPropertyRegistry registry) {
		ProductionMode.register(registry, TOKEN, telegram);
	}

	@AfterAll
	static void stopTelegram() {
		telegram.close();
	}

	@BeforeEach
	void signIn() {
		this.admin = this.users.loadUserByUsername("root-admin");
	}

	@Test
	void aSandboxPhoneTalksToTheSandboxEngineNeverToTelegramNorToTheProductionStore() throws Exception {
		assertThat(this.sandbox.kind()).isEqualTo(Sandbox.Kind.ENGINE);
		long sentToTelegram = telegram.stats().sentMessages();

		send(4101, "/start");

		BotApiEmulator engine = this.sandbox.emulator();
		assertThat(engine.port()).isNotEqualTo(telegram.port());
		assertThat(engine.baseUrl().getHost()).isEqualTo("127.0.0.1");
		await().atMost(Duration.ofSeconds(30)).until(() -> !engine.users().messages(4101).isEmpty());
		BotMessage greeting = engine.users().messages(4101).get(0);
		// The onboarding greeting (of whichever version production publishes now).
		assertThat(greeting.text()).startsWith("Hello");
		assertThat(greeting.buttons()).anySatisfy((row) -> assertThat(row).anyMatch((b) -> b.text().equals("English")));
		assertThat(page("/sandbox?phone=4101"))
			.contains("Sandbox engine:", "data-phone=\"4101\"", "Test groups can be tried only in sandbox mode")
			.doesNotContain("whole service runs in practice mode", "id=\"new-group-button\"");
		assertThat(page("/sandbox/phones/4101/messages?phone=4101")).contains("Hello", "English");

		// A later production exchange proves the production bot is running meanwhile.
		TelegramUser participant = new TelegramUser(telegram, this.production, 501, "en").says("/start");
		participant.sees("Hello");
		assertThat(telegram.users().messages(4101)).isEmpty();
		assertThat(telegram.stats().sentMessages()).isEqualTo(sentToTelegram + telegram.users().messages(501).size());
		assertThat(numbersIn(this.production, PRODUCTION_COLLECTIONS)).contains(501L).doesNotContain(4101L);
		assertThat(numbersIn(engineStore(), PRODUCTION_COLLECTIONS)).contains(4101L).doesNotContain(501L);
	}

	@Test
	void resetStartsAFreshEngineWithAnEmptyDatabase() throws Exception {
		send(4201, "/start");
		BotApiEmulator before = this.sandbox.emulator();
		await().atMost(Duration.ofSeconds(30)).until(() -> !before.users().messages(4201).isEmpty());
		new TelegramUser(before, engineStore(), 4201, "en").presses("English").sees("Before we begin");
		assertThat(page("/sandbox/reset")).contains("an empty database");

		this.mvc.perform(post("/sandbox/reset").with(csrf()).with(user(this.admin))).andReturn();

		assertThat(((SandboxEngine) this.sandbox).isRunning()).isFalse();
		BotApiEmulator after = this.sandbox.emulator();
		assertThat(after).isNotSameAs(before);
		assertThat(after.users().messages(4201)).isEmpty();
		assertThat(numbersIn(engineStore(), PRODUCTION_COLLECTIONS)).doesNotContain(4201L);
		send(4201, "/start");
		await().atMost(Duration.ofSeconds(30)).until(() -> !after.users().messages(4201).isEmpty());
		assertThat(after.users().messages(4201)).singleElement()
			.satisfies((message) -> assertThat(message.text()).startsWith("Hello"));
	}

	@Test
	void theEngineRunsProductionsPublishedScriptsAndTriesADraftWithoutPublishingIt() throws Exception {
		String onboarding = DefaultScripts.read("scripts/onboarding.yaml");
		int shipped = DefaultScripts.all().get(0).version();
		saveDraft(onboarding.replace("version: " + shipped, "version: " + (shipped + 1))
			.replace(GREETING, "Hello from version two!"));
		act("/scripts/onboarding/" + (shipped + 1) + "/publish");
		act("/sandbox/reset");
		send(4301, "/start");
		BotApiEmulator engine = this.sandbox.emulator();
		await().atMost(Duration.ofSeconds(30)).until(() -> !engine.users().messages(4301).isEmpty());
		assertThat(engine.users().messages(4301).get(0).text()).startsWith("Hello from version two!");

		saveDraft(onboarding.replace("version: " + shipped, "version: " + (shipped + 2))
			.replace(GREETING, "Hello from the draft!"));
		MvcResult tried = act("/scripts/onboarding/" + (shipped + 2) + "/try");

		// A new, empty phone of the admin's, shown beside the volunteer phone.
		var shown = Pattern.compile("/sandbox\\?phone=(\\d+)&phone=2001")
			.matcher(tried.getResponse().getRedirectedUrl());
		assertThat(shown.matches()).as(tried.getResponse().getRedirectedUrl()).isTrue();
		long phone = Long.parseLong(shown.group(1));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> engine.users()
				.messages(phone)
				.stream()
				.anyMatch((message) -> message.text().startsWith("Hello from the draft!")));
		assertThat(this.productionCatalog.published("onboarding").version()).isEqualTo(shipped + 1);
		assertThat(this.production.findById("onboarding@" + (shipped + 2), StoredScript.class).status())
			.isEqualTo(ScriptStatus.DRAFT);
		assertThat(engineStore().findById("onboarding@" + (shipped + 2), StoredScript.class).status())
			.isEqualTo(ScriptStatus.DRAFT);
		new TelegramUser(telegram, this.production, 502, "en").says("/start").sees("Hello from version two!");
		assertThat(telegram.users().messages(phone)).isEmpty();
		assertThat(numbersIn(this.production, PRODUCTION_COLLECTIONS)).doesNotContain(phone, 4301L);
	}

	private void send(long phone, String text) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/sandbox/phones/" + phone + "/send").param("text", text)
				.param("phone", Long.toString(phone))
				.with(csrf())
				.with(user(this.admin)))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/sandbox?phone=" + phone);
	}

	private void saveDraft(String source) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/scripts/drafts").param("source", source).with(csrf()).with(user(this.admin)))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/scripts");
	}

	private MvcResult act(String path) throws Exception {
		return this.mvc.perform(post(path).with(csrf()).with(user(this.admin))).andReturn();
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).with(user(this.admin))).andReturn().getResponse().getContentAsString();
	}

	private MongoOperations engineStore() {
		return ((SandboxEngine) this.sandbox).engineContext().getBean(MongoOperations.class);
	}

	/**
	 * Every whole number stored anywhere in the collections' documents, also inside
	 * texts.
	 */
	static Set<Long> numbersIn(MongoOperations mongo, List<String> collections) {
		Set<Long> numbers = new TreeSet<>();
		for (String collection : collections) {
			for (Document document : mongo.getCollection(collection).find()) {
				collectNumbers(document, numbers);
			}
		}
		return numbers;
	}

	private static void collectNumbers(Object value, Set<Long> numbers) {
		if (value instanceof Integer || value instanceof Long) {
			numbers.add(((Number) value).longValue());
		}
		else if (value instanceof Map<?, ?> map) {
			map.values().forEach((nested) -> collectNumbers(nested, numbers));
		}
		else if (value instanceof Iterable<?> list) {
			list.forEach((nested) -> collectNumbers(nested, numbers));
		}
		else if (value instanceof String text) {
			// Ids also hide in keys such as "draft:1001:1".
			DIGITS.matcher(text).results().forEach((digits) -> numbers.add(Long.parseLong(digits.group())));
		}
	}

}
