package org.peersupport.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.conversation.ActionContext;
import org.peersupport.conversation.ConversationRuntime;
import org.peersupport.conversation.ScriptAction;
import org.peersupport.conversation.ScriptCatalog;
import org.peersupport.messaging.Audience;
import org.peersupport.messaging.Command;
import org.peersupport.messaging.DeepLink;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;
import org.peersupport.participants.PersonalData;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.store.MemoryStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A feature that exists only in this test plugs in through the seams of docs/features.md
 * (a command with a menu button, a deep link, a script action, personal data) and edits
 * no file of any other feature: it shows in /help, /menu and setMyCommands, its link and
 * its action run, /mydata shows what it keeps and /forget erases it.
 */
@SpringBootTest(classes = BotTestApplication.class, properties = "peer.messaging.rate.enabled=false")
@Import(FeatureSeamsEndToEndTests.Diary.class)
@MemoryStore
class FeatureSeamsEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	static final String COLLECTION = "diary";

	@Autowired
	MongoOperations mongo;

	@DynamicPropertySource
	static void pointAtEmulator(DynamicPropertyRegistry registry) {
		telegram.register(registry);
	}

	@AfterAll
	static void stopEmulator() {
		telegram.close();
	}

	@Test
	void theFeaturesCommandIsInHelpMenuAndTelegramsCommandList() throws Exception {
		Person person = new Person(telegram, this.mongo, 9101, "en");
		person.says("/help");
		assertThat(person.lastText()).contains("/diary — Write in your diary").contains("/mydata");
		person.says("/menu");
		assertThat(person.lastButtons()).contains("📓 Diary", "📄 My data");
		await().until(() -> myCommands("ru").contains("\"command\":\"diary\""));
		assertThat(myCommands("ru")).contains("Написать в дневник");
		assertThat(myCommands("")).contains("Write in your diary");

		person.presses("📓 Diary");
		person.sees("Your diary is open.");
	}

	@Test
	void theFeaturesDeepLinkStartsItsScriptWhoseActionStoresPersonalDataThatForgetErases() {
		Person person = new Person(telegram, this.mongo, 9102, "en");
		person.says("/start diary-blue");
		person.sees("What happened today?");
		person.says("Saw the Ninth Kestrel");
		person.sees("Noted in your blue diary.");
		assertThat(this.mongo.getCollection(COLLECTION).countDocuments(new Document("chatId", 9102L))).isOne();

		person.says("/mydata");
		assertThat(person.lastText()).contains("Diary (blue): Saw the Ninth Kestrel");

		person.says("/forget");
		person.presses("Yes, erase everything");
		assertThat(this.mongo.getCollection(COLLECTION).countDocuments()).isZero();
		assertThat(everything()).noneMatch((json) -> json.contains("Ninth Kestrel"));
		person.says("/mydata");
		person.sees("We keep nothing about you except this chat’s number.");
	}

	@Test
	void aLinkNobodyClaimsIsAPlainStart() {
		Person person = new Person(telegram, this.mongo, 9103, "en");
		person.says("/start nosuchfeature-x");
		assertThat(person.lastButtons()).containsExactly("Русский", "Українська", "Polski", "English");
	}

	private List<String> everything() {
		List<String> all = new ArrayList<>();
		for (String name : this.mongo.getCollectionNames()) {
			this.mongo.getCollection(name).find().forEach((document) -> all.add(name + " " + document.toJson()));
		}
		return all;
	}

	private static String myCommands(String language) throws Exception {
		URI uri = URI.create(telegram.emulator().baseUrl() + "/bot" + EmulatorFixture.TOKEN + "/getMyCommands");
		String body = language.isEmpty() ? "{}" : "{\"language_code\":\"" + language + "\"}";
		HttpRequest request = HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

	/** The test-only feature: a diary, declared entirely through beans. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Diary {

		static final Map<String, String> TEXTS = Map.of("command.diary/en", "Write in your diary", "command.diary/ru",
				"Написать в дневник", "command.diary/uk", "Написати в щоденник", "command.diary/pl",
				"Napisz w dzienniku", "menu.diary/en", "📓 Diary", "menu.diary/ru", "📓 Дневник", "menu.diary/uk",
				"📓 Щоденник", "menu.diary/pl", "📓 Dziennik");

		static final String SCRIPT = """
				id: diary
				version: 1
				description: A test-only feature's script.
				defaultLocale: en
				locales: [en]
				steps:
				  - id: ask
				    prompt: {en: "What happened today?"}
				    input: {type: text}
				    store: entry
				    actions: [writeDiary]
				""";

		@Bean
		Command diaryCommandEntry() {
			return Command.of("diary", 75, true, (key, locale) -> TEXTS.get(key + "/" + locale), Audience.PARTICIPANT);
		}

		@Bean
		InboundHandler diaryCommand() {
			return new InboundHandler() {

				@Override
				public Route route() {
					return Route.commands("diary");
				}

				@Override
				public void handle(InboundEvent event, Replies replies) {
					replies.send("Your diary is open.");
				}

			};
		}

		@Bean
		DeepLink diaryLink(ConversationRuntime runtime, ScriptCatalog scripts) {
			return new DeepLink() {

				@Override
				public String prefix() {
					return "diary";
				}

				@Override
				public boolean open(String argument, InboundEvent event, Replies replies) {
					if (scripts.saveDraft(SCRIPT, "diary.yaml").problems().isEmpty()) {
						scripts.publish("diary", 1);
					}
					runtime.start(event, replies, "diary", Map.of("colour", argument), "en");
					return true;
				}

			};
		}

		@Bean
		ScriptAction writeDiary(MongoOperations mongo) {
			return new ScriptAction() {

				@Override
				public String name() {
					return "writeDiary";
				}

				@Override
				public void run(ActionContext context) {
					mongo.getCollection(COLLECTION)
						.replaceOne(new Document("_id", context.chatId()),
								new Document("_id", context.chatId()).append("chatId", context.chatId())
									.append("colour", context.field("colour"))
									.append("entry", context.field("entry")),
								new com.mongodb.client.model.ReplaceOptions().upsert(true));
					context.replies().send("Noted in your " + context.field("colour") + " diary.");
				}

			};
		}

		@Bean
		PersonalData diaryData(MongoOperations mongo) {
			return new PersonalData() {

				@Override
				public List<String> describe(long chatId, String locale, boolean plain) {
					Document entry = mongo.getCollection(COLLECTION).find(new Document("_id", chatId)).first();
					return (entry != null)
							? List.of("Diary (" + entry.getString("colour") + "): " + entry.getString("entry"))
							: List.of();
				}

				@Override
				public void erase(long chatId) {
					mongo.remove(Query.query(Criteria.where("_id").is(chatId)), COLLECTION);
				}

			};
		}

	}

}
