package org.peersupport.onboarding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peersupport.scripts.EasyRead;
import org.peersupport.scripts.TextBundle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text of the bot-core bundles that a participant reads has a plain-language
 * version ({@code <key>.plain}, said to people of a programme with {@code plainLanguage})
 * that keeps the Easy-to-Read rules in every language (as {@code PlainRuntimeTextsTests}
 * does for the conversation runtime's texts). A new participant text without one fails
 * here.
 */
class PlainTextsTests {

	private static final List<String> LANGUAGES = List.of("en", "ru", "uk", "pl");

	/**
	 * What is not a participant's message in any bundle: buttons (labels, not sentences;
	 * the commands' descriptions and menu labels are checked, as {@code /help} and
	 * {@code /menu} show them) and words shown inside other texts (zones, which are city
	 * names, categories, urgencies, mood labels, plural words, list lines other than the
	 * export's). The {@code /mydata} export is checked: its texts, its field names and
	 * its statuses, which each feature writes in plain language when the export asks for
	 * it.
	 */
	private static final Predicate<String> LABELS = anyOf(".*button.*", "forget\\.(yes|no)", "offer\\.agree",
			"open\\.cancel", "relay\\.reply", "release\\.reason\\..*", "zone\\..*", "answer\\..*", "category\\..*",
			"urgency\\..*", "checkin\\.mood\\..*", "plural\\..*", "(?!mydata\\.).*\\.line");

	/**
	 * What moderators and volunteers read, per feature: plain language is for a
	 * programme's participants (of the volunteers' bundle, only the command that invites
	 * a participant to sign up, and the {@code /mydata} lines of an application, which a
	 * participant who applied reads).
	 */
	private static final Map<String, Predicate<String>> STAFF_AND_VOLUNTEERS = Map.of("safety",
			anyOf("alert\\..*", "take\\..*"), "volunteers", anyOf("(?!(command|menu)\\.volunteer$|mydata\\.).*"),
			"requests",
			anyOf("command\\.(release|pause|resume|availability)", "availability\\..*", "offer(\\..*)?",
					"relay\\.crisis", "relay\\.cancelled", "relay\\.report(ed)?", "release\\.(none|ask|done)",
					"reassigned\\.(to|from)", "closed\\.volunteer", "pause\\..*", "resume\\.(done|by-staff)",
					"taken\\..*", "silence\\.reminder", "block\\.volunteer(\\..*)?", "outcome\\..*"));

	@ParameterizedTest
	@ValueSource(strings = { "onboarding", "conversation", "safety", "requests", "checkins", "silence", "volunteers" })
	void everyTextAParticipantReadsHasAPlainVersionThatKeepsTheRules(String feature) throws IOException {
		Properties base = load(feature, "en");
		List<String> missing = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (String key : said(feature, base)) {
			if (!base.containsKey(key + TextBundle.PLAIN)) {
				missing.add(key);
				continue;
			}
			for (String language : LANGUAGES) {
				problems.addAll(EasyRead.problems(feature + " " + language + " " + key,
						formatted(load(feature, language).getProperty(key + TextBundle.PLAIN), language)));
			}
		}
		assertThat(missing).as("participant texts of %s without a plain version", feature).isEmpty();
		assertThat(problems).isEmpty();
	}

	/**
	 * The groups' texts are written plainly for everyone: they keep the rules themselves,
	 * or have a plain version that does (the command's description and menu label).
	 */
	@Test
	void theGroupsTextsKeepTheRulesThemselves() throws IOException {
		List<String> problems = new ArrayList<>();
		for (String language : LANGUAGES) {
			Properties texts = load("groups", language);
			for (String key : said("groups", texts)) {
				String plain = texts.getProperty(key + TextBundle.PLAIN, texts.getProperty(key));
				problems.addAll(EasyRead.problems("groups " + language + " " + key, formatted(plain, language)));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void aParticipantTextIsCheckedAndAVolunteersIsNot() {
		Properties texts = new Properties();
		texts.setProperty("created", "Your request No. {0} ({1}) is saved.");
		texts.setProperty("created.plain", "We saved your request {0}: {1}.");
		texts.setProperty("offer.taken", "Request No. {0} was taken by another volunteer.");
		texts.setProperty("command.release", "Give back a request you took");
		texts.setProperty("command.help_request", "Ask for help");
		texts.setProperty("category.job", "Help with work");
		assertThat(said("requests", texts)).containsExactly("command.help_request", "created");
	}

	@Test
	void theMyDataExportIsChecked() throws IOException {
		assertThat(said("onboarding", load("onboarding", "en"))).contains("mydata.title", "mydata.nothing",
				"mydata.status.CONSENTED", "mydata.more");
		assertThat(said("conversation", load("conversation", "en"))).contains("mydata.conversation", "field.pseudonym",
				"field.timeZone");
		assertThat(said("requests", load("requests", "en"))).contains("mydata.heading", "mydata.line");
		assertThat(said("volunteers", load("volunteers", "en")))
			.contains("mydata.volunteer", "mydata.volunteer.PAUSED", "command.volunteer")
			.doesNotContain("approved");
		assertThat(said("safety", load("safety", "en"))).contains("mydata.check-ins-unanswered");
		assertThat(said("checkins", load("checkins", "en"))).contains("checkin.mydata.schedule");
		assertThat(said("silence", load("silence", "en"))).contains("silence.mydata");
	}

	/** The keys of the texts a participant reads. */
	private static List<String> said(String feature, Properties texts) {
		Predicate<String> notSaid = LABELS.or(STAFF_AND_VOLUNTEERS.getOrDefault(feature, (key) -> false));
		return texts.stringPropertyNames()
			.stream()
			.filter((key) -> !key.endsWith(TextBundle.PLAIN))
			.filter(notSaid.negate())
			.sorted()
			.toList();
	}

	/**
	 * With arguments as a text really gets them (a number, a time, a date, a name; a
	 * plural word as one word).
	 */
	private static String formatted(String pattern, String language) {
		return new java.text.MessageFormat(pattern.replaceAll("\\{\\d+,plural,[a-z-]+}", "days"),
				Locale.forLanguageTag(language))
			.format(new Object[] { "12", "09:00", "3 December", "Anna" });
	}

	private static Predicate<String> anyOf(String... patterns) {
		return (key) -> java.util.Arrays.stream(patterns).anyMatch(key::matches);
	}

	private static Properties load(String feature, String language) throws IOException {
		String resource = "org/peersupport/" + feature + "/texts" + (language.equals("en") ? "" : "_" + language)
				+ ".properties";
		Properties properties = new Properties();
		try (InputStream in = PlainTextsTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
