package org.peersupport.e2e;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.checkins.DueCheckIns;
import org.peersupport.store.MemoryStore;
import org.peersupport.sandbox.EmulatorLimits;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the runtime adds to a conversation (here a re-ask) is said plainly in a
 * plain-language programme's onboarding, and as usual in another programme's; so is what
 * the other features say to the programme's people afterwards, and the copy of their data
 * that {@code /mydata} gives.
 */
@SpringBootTest(classes = BotTestApplication.class,
		properties = { "peer.messaging.rate.enabled=false", "peer.programmes[0].key=circles",
				"peer.programmes[0].name.en=Circles of support", "peer.programmes[0].name.ru=Круги поддержки",
				"peer.programmes[0].name.uk=Кола підтримки", "peer.programmes[0].name.pl=Kręgi wsparcia",
				"peer.programmes[0].plain-language=true", "peer.programmes[1].key=recovery",
				"peer.programmes[1].name.en=Recovery programme", "peer.programmes[1].name.ru=Программа восстановления",
				"peer.programmes[1].name.uk=Програма відновлення", "peer.programmes[1].name.pl=Program zdrowienia" })
@MemoryStore
class PlainConversationEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	@Autowired
	MongoOperations mongo;

	@Autowired
	DueCheckIns due;

	@DynamicPropertySource
	static void pointAtEmulator(DynamicPropertyRegistry registry) {
		telegram.register(registry);
	}

	@AfterAll
	static void stopEmulator() {
		telegram.close();
	}

	@Test
	void aWordWhereButtonsAreExpectedIsAnsweredPlainlyInAPlainLanguageProgramme() {
		Person person = new Person(telegram, this.mongo, 8801, "ru");
		person.says("/start p-circles");
		int before = person.texts().size();

		person.says("привет");

		assertThat(person.texts().subList(before, person.texts().size())).contains("Нажмите одну из кнопок.");
	}

	@Test
	void theSameWordGetsTheUsualReaskInAnotherProgramme() {
		Person person = new Person(telegram, this.mongo, 8802, "ru");
		person.says("/start p-recovery");
		int before = person.texts().size();

		person.says("привет");

		assertThat(person.texts().subList(before, person.texts().size()))
			.contains("Пожалуйста, выберите одну из кнопок ниже.");
	}

	@Test
	void afterPlainOnboardingFreeTextCheckInsAndHelpAreAnsweredPlainly() {
		Person person = new Person(telegram, this.mongo, 8803, "ru");
		person.says("/start p-circles");
		person.presses("Русский");
		person.presses("Да, я даю согласие");
		person.presses("Пока ничего").presses("Готово");
		person.says("Лиса");
		person.presses(person.lastButtons().get(0));
		assertThat(person.texts()).anyMatch((text) -> text.startsWith("Спасибо, Лиса!"));

		person.says("мне нужна помощь с документами");
		assertThat(person.lastText())
			.startsWith("Спасибо, что написали. Бот не умеет отвечать на сообщения. "
					+ "Мы попросили человека поговорить с вами. Номер вашей заявки: ")
			.doesNotContain("волонтёр");

		person.says("/checkins");
		assertThat(person.lastText()).startsWith("Я спрашиваю, как вы себя чувствуете, в ")
			.doesNotContain("часовой пояс");

		person.says("/help");
		assertThat(person.lastText()).startsWith("Я бот. Я помогаю людям поддерживать друг друга.")
			.contains("/mydata — Посмотреть, что мы о вас храним")
			.doesNotContain("данн")
			.doesNotContain("волонтёр");
	}

	@Test
	void aPlainLanguageProgrammeGetsThePlainCheckInScript() {
		Person person = new Person(telegram, this.mongo, 8805, "ru");
		person.says("/start p-circles");
		person.presses("Русский");
		person.presses("Да, я даю согласие");
		person.presses("Пока ничего").presses("Готово");
		person.says("Лиса");
		person.presses(person.lastButtons().get(0));
		int before = person.texts().size();

		// the check-in is due now
		this.mongo.getCollection("check_in_schedules")
			.updateOne(new Document("_id", 8805L),
					new Document("$set", new Document("nextRunAt", Date.from(Instant.now().minusSeconds(5)))));
		this.due.sendDue();
		await().until(() -> person.texts().size() == before + 1);
		person.sees("Как вы себя чувствуете сегодня? Нажмите одну кнопку.");
		assertThat(person.lastButtons()).containsExactly("😞 Очень плохо", "🙁 Плохо", "😐 Так себе", "🙂 Хорошо",
				"😊 Очень хорошо");

		person.presses("🙂 Хорошо");
		person.sees("Спасибо. Хотите что-то ещё?");
		assertThat(person.lastButtons()).containsExactly("Я хочу помощь", "Я хочу написать о своём дне",
				"Нет, спасибо");
		assertThat(this.mongo.getCollection("conversations")
			.find(new Document("_id", 8805L))
			.first()
			.getString("scriptId")).isEqualTo("check-in-plain");
		assertThat(this.mongo.getCollection("mood_points").countDocuments(new Document("chatId", 8805L))).isOne();
		person.presses("Нет, спасибо");
		person.sees("Хорошо. Берегите себя.");
	}

	@Test
	void myDataIsPlainInAPlainLanguageProgrammeWhatEveryFeatureWrites() {
		Person person = new Person(telegram, this.mongo, 8804, "ru");
		person.says("/start p-circles");
		person.presses("Русский");
		person.says("/mydata");
		assertThat(person.lastText()).startsWith("📄 Вот что мы о вас храним:")
			.contains("Вы сейчас отвечаете на вопросы. Ваши ответы пока:")
			.contains("• Язык: Русский")
			.doesNotContain("Идёт разговор");

		person.presses("Да, я даю согласие");
		person.presses("Пока ничего").presses("Готово");
		person.says("Лиса");
		person.presses(person.lastButtons().get(0));
		person.says("мне нужна помощь с документами");
		person.says("/mydata");

		assertThat(person.lastText()).startsWith("📄 Вот что мы о вас храним:")
			.contains("Ваш язык: Русский")
			.contains("Вы дали согласие ")
			.contains("Первые вопросы: закончены")
			.contains("• Ваше имя в группе: Лиса")
			.contains("Я спрашиваю, как вы себя чувствуете, в ")
			.contains("Ваши заявки о помощи:")
			.contains("• Заявка ")
			.contains("Ваше последнее сообщение нам: ")
			.doesNotContain("Всё, что мы о вас храним", "Статус", "Псевдоним", "Часовой пояс", "данн", "волонтёр",
					"Europe/", "onboarding@");
	}

	@Test
	void myDataIsAsUsualInAnotherProgramme() {
		Person person = new Person(telegram, this.mongo, 8805, "ru");
		person.says("/start p-recovery");
		person.presses("Русский");
		person.says("/mydata");

		assertThat(person.lastText()).startsWith("📄 Всё, что мы о вас храним:")
			.contains("Идёт разговор с ботом. Ваши ответы на сейчас:")
			.contains("• Язык: Русский");
	}

}
