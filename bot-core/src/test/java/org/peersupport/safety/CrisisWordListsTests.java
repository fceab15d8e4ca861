package org.peersupport.safety;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.store.MemoryStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

// The crisis lists as the panel edits them, on the lists bean the crisis check reads.
@SpringBootTest(classes = BotTestApplication.class,
		properties = { "spring.quartz.auto-startup=false", "peer.checkins.time=09:30" })
@MemoryStore
class CrisisWordListsTests {

	@Autowired
	CrisisWordLists lists;

	@Autowired
	MongoOperations mongo;

	@AfterEach
	void restore() {
		CrisisWordLists.LOCALES.forEach(this.lists::restoreDefaults);
	}

	@Test
	void anAddedPhraseTriggersARemovedOneStopsAndTheOtherLocalesKeepTheirDefaults() {
		assertThat(this.lists.current().find("I want to jump off the bridge")).isEmpty();
		assertThat(this.lists.current().find("I want to kill myself")).contains(CrisisKind.SELF_HARM);
		assertThat(this.lists.edited("en")).isFalse();

		Map<CrisisKind, List<String>> english = new java.util.EnumMap<>(this.lists.listsOf("en"));
		english.put(CrisisKind.SELF_HARM, List.of("jump_off* bridge|roof"));
		this.lists.save("en", english, "admin");

		assertThat(this.lists.edited("en")).isTrue();
		assertThat(this.lists.listsOf("en").get(CrisisKind.SELF_HARM)).containsExactly("jump_off* bridge|roof");
		assertThat(this.lists.current().find("I want to jump off the bridge")).contains(CrisisKind.SELF_HARM);
		assertThat(this.lists.current().find("I want to kill myself")).as("removed").isEmpty();
		assertThat(this.lists.current().find("I took an overdose")).as("another kind, kept")
			.contains(CrisisKind.OVERDOSE);
		assertThat(this.lists.current().find("хочу умереть")).as("Russian, never edited")
			.contains(CrisisKind.SELF_HARM);
		assertThat(this.lists.listsOf("ru")).isEqualTo(this.lists.defaultsOf("ru"));

		this.lists.restoreDefaults("en");

		assertThat(this.lists.edited("en")).isFalse();
		assertThat(this.lists.listsOf("en").get(CrisisKind.SELF_HARM)).contains("suicid*");
		assertThat(this.lists.current().find("I want to kill myself")).contains(CrisisKind.SELF_HARM);
		assertThat(this.lists.current().find("I want to jump off the bridge")).isEmpty();
	}

	@Test
	void aPhraseThePhrasesSyntaxCannotReadIsRefusedAndNothingIsSaved() {
		assertThat(CrisisWordLists.problemWith("ju*mp off")).contains(CrisisWordLists.PhraseProblem.STAR_INSIDE);
		assertThat(CrisisWordLists.problemWith("!! ??")).contains(CrisisWordLists.PhraseProblem.NO_WORD);
		assertThat(CrisisWordLists.problemWith("a".repeat(301))).contains(CrisisWordLists.PhraseProblem.TOO_LONG);
		assertThat(CrisisWordLists.problemWith("не_хоч* жить")).isEmpty();

		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.lists.save("en", Map.of(CrisisKind.SELF_HARM, List.of("ju*mp")), "admin"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.lists.save("en", Map.of(), "admin"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.lists.save("de", Map.of(CrisisKind.SELF_HARM, List.of("selbstmord*")), "admin"));
		assertThat(this.lists.edited("en")).isFalse();
		assertThat(this.lists.current().find("I want to kill myself")).contains(CrisisKind.SELF_HARM);
	}

	@Test
	void anotherInstanceSeesTheEditOnceItsListsAreOlderThanTheBound() {
		AtomicLong ticks = new AtomicLong();
		CrisisWordLists other = new CrisisWordLists(this.mongo, Map.of(), Clock.systemUTC(), Duration.ofSeconds(30),
				ticks::get);
		assertThat(other.current().find("jump off the roof")).isEmpty();

		this.lists.save("en", Map.of(CrisisKind.SELF_HARM, List.of("jump_off* roof")), "admin");

		ticks.addAndGet(TimeUnit.SECONDS.toNanos(29));
		assertThat(other.current().find("jump off the roof")).as("within its bound").isEmpty();
		ticks.addAndGet(TimeUnit.SECONDS.toNanos(2));
		assertThat(other.current().find("jump off the roof")).contains(CrisisKind.SELF_HARM);
		assertThat(other.listsOf("en").get(CrisisKind.SELF_HARM)).containsExactly("jump_off* roof");
	}

}
