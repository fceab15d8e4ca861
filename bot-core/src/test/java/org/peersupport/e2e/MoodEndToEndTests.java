package org.peersupport.e2e;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Date;

import javax.imageio.ImageIO;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.checkins.DueCheckIns;
import org.peersupport.sandbox.BotMessage;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.store.MemoryStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code /mood} through the emulator: the person's answers of the last 30 days come as a
 * picture (a PNG sent with sendPhoto through the outbox and the Telegram adapter), with a
 * caption that says how to read it; without an answer in that time, a line says so.
 */
@SpringBootTest(classes = BotTestApplication.class, properties = "peer.messaging.rate.enabled=false")
@Import(VolunteerSignUpEndToEndTests.SteppingClock.class)
@MemoryStore
class MoodEndToEndTests {

	static final EmulatorFixture telegram = EmulatorFixture.start(EmulatorLimits.off());

	@Autowired
	MongoOperations mongo;

	@Autowired
	DueCheckIns due;

	@Autowired
	VolunteerSignUpEndToEndTests.MovableClock clock;

	@DynamicPropertySource
	static void pointAtEmulator(DynamicPropertyRegistry registry) {
		telegram.register(registry);
	}

	@AfterAll
	static void stopEmulator() {
		telegram.close();
	}

	@Test
	void theAnswersOfTheLastThirtyDaysComeAsAPictureWithACaption() throws IOException {
		Person person = new Person(telegram, this.mongo, 2001, "en");
		OnboardingWalk.ENGLISH.complete(person, "Calm Lake");
		person.says("/mood");
		person.sees("There is no answer to “How are you today?” from the last 30 days yet");
		assertThat(person.lastMessage().photo()).isNull();

		for (String mood : new String[] { "2 🙁", "4 🙂" }) {
			nextPrompt(person);
			person.presses(mood);
		}
		person.says("/mood");

		Document sent = this.mongo.getCollection("outbox")
			.find(new Document("chatId", 2001L).append("action", "SEND_PHOTO"))
			.first();
		assertThat(sent.getString("state")).as("the photo, refused with: %s", sent.getString("lastError"))
			.isEqualTo("SENT");
		BotMessage chart = person.lastMessage();
		assertThat(chart.text()).startsWith("Your answers of the last 30 days (2): each dot is one answer");
		assertThat(chart.photo()).isNotNull();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.photo()));
		assertThat(image.getWidth()).isEqualTo(600);
		assertThat(image.getHeight()).isEqualTo(300);
	}

	@Test
	void theMenuOffersMyMoodBesideTheCheckInsAndItsButtonRunsMood() {
		Person person = new Person(telegram, this.mongo, 2002, "ru");
		OnboardingWalk.RUSSIAN.complete(person, "Тихая Река");
		person.says("/menu");
		assertThat(person.lastButtons()).contains("🗓 Самочувствие", "📈 Моё самочувствие");
		assertThat(person.lastButtons().indexOf("📈 Моё самочувствие"))
			.isEqualTo(person.lastButtons().indexOf("🗓 Самочувствие") + 1);

		person.presses("📈 Моё самочувствие");
		person.sees("За последние 30 дней ответов на вопрос «Как вы сегодня?» пока нет");
	}

	/**
	 * Moves the clock to a minute after the person's next check-in, runs the job and
	 * waits for the prompt.
	 */
	private void nextPrompt(Person person) {
		Date next = this.mongo.getCollection("check_in_schedules")
			.find(new Document("_id", person.chatId()))
			.first()
			.getDate("nextRunAt");
		this.clock.advance(Duration.between(this.clock.instant(), next.toInstant().plusSeconds(60)));
		int before = person.texts().size();
		this.due.sendDue();
		await().until(() -> person.texts().size() == before + 1);
	}

}
