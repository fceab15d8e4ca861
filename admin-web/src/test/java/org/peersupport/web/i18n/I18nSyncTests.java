package org.peersupport.web.i18n;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the panel's three languages complete: every key in every language, every key a
 * template uses defined, and no literal text in a template that is not a message.
 */
class I18nSyncTests {

	private static final Path RESOURCES = Paths.get("src", "main", "resources");

	private static final Path TEMPLATES = RESOURCES.resolve("templates");

	/** Text between tags: it must sit in an element whose th:text replaces it. */
	private static final Pattern TEXT_NODE = Pattern.compile("<([a-zA-Z][\\w:-]*)([^<>]*)>([^<>]*\\p{L}[^<>]*)<");

	/** Attributes people read, written literally instead of through th:*. */
	private static final Pattern LITERAL_ATTRIBUTE = Pattern
		.compile("\\s(?<!th:)(title|alt|placeholder|aria-label|value)=\"([^\"]*\\p{L}[^\"]*)\"");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([\\w.-]+)[}(]");

	@Test
	void everyLanguageHasEveryKey() throws IOException {
		Set<String> english = keys("messages.properties");
		for (String language : List.of("ru", "pl")) {
			Set<String> translated = keys("messages_" + language + ".properties");
			assertThat(translated).as("keys of %s", language).containsExactlyInAnyOrderElementsOf(english);
		}
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Set<String> english = keys("messages.properties");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!english.contains(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).as("message keys used in templates but not defined").isEmpty();
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> literal = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
			Matcher text = TEXT_NODE.matcher(html);
			while (text.find()) {
				if (!text.group(2).contains("th:text") && !text.group(2).contains("th:replace")) {
					literal.add(TEMPLATES.relativize(template) + ": " + text.group(3).strip());
				}
			}
			Matcher attribute = LITERAL_ATTRIBUTE.matcher(html);
			while (attribute.find()) {
				literal.add(TEMPLATES.relativize(template) + ": " + attribute.group(1) + "=" + attribute.group(2));
			}
		}
		assertThat(literal).as("literal text in templates; use th:text=\"#{key}\"").isEmpty();
	}

	@Test
	void templatesNeverWriteUnescapedText() throws IOException {
		for (Path template : templates()) {
			assertThat(Files.readString(template)).as(template.toString()).doesNotContain("th:utext", "[(${");
		}
	}

	@Test
	void keysDeclaredInCodeExistInEveryLanguage() throws IOException {
		Set<String> fromCode = new TreeSet<>(List.of("nav.dashboard", "nav.staff", "nav.audit", "nav.account",
				"dashboard.card.staff-accounts", "role.ADMIN", "role.MODERATOR"));
		for (PanelLanguage language : PanelLanguage.values()) {
			fromCode.add(language.nameKey());
		}
		for (String file : List.of("messages.properties", "messages_ru.properties", "messages_pl.properties")) {
			assertThat(keys(file)).as(file).containsAll(fromCode);
		}
	}

	private static Set<String> keys(String file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

}
