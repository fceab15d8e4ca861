package org.peersupport.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The environment variables the service really reads: the {@code ${NAME...}} placeholders
 * of bot-core's and admin-web's configuration files, the names their code asks the
 * environment for (string literals such as {@code "MONGODB_URI"}), Spring Boot's own
 * properties in their environment form ({@code SPRING_THREADS_VIRTUAL_ENABLED}), and what
 * the {@code java} launcher reads.
 */
final class ServiceSettings {

	private static final List<String> MODULES = List.of("bot-core", "admin-web");

	/** Read by the JVM and its launcher, not by the service. */
	private static final Set<String> JAVA_LAUNCHER = Set.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

	private static final Pattern LITERAL = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");

	private final Set<String> placeholders;

	private final Set<String> literals;

	private final Set<String> springProperties;

	private ServiceSettings(Set<String> placeholders, Set<String> literals, Set<String> springProperties) {
		this.placeholders = placeholders;
		this.literals = literals;
		this.springProperties = springProperties;
	}

	static ServiceSettings read() {
		Set<String> placeholders = new HashSet<>();
		Set<String> literals = new HashSet<>();
		for (String module : MODULES) {
			Path main = RepositoryFiles.root().resolve(module).resolve("src/main");
			collect(main.resolve("resources"),
					(name) -> name.endsWith(".yml") || name.endsWith(".yaml") || name.endsWith(".properties"),
					PLACEHOLDER, placeholders);
			collect(main.resolve("java"), (name) -> name.endsWith(".java"), LITERAL, literals);
		}
		return new ServiceSettings(placeholders, literals, springBootProperties());
	}

	/**
	 * Whether the service (or the JVM running it) reads the environment variable
	 * {@code name}.
	 */
	boolean reads(String name) {
		return this.placeholders.contains(name) || this.literals.contains(name) || JAVA_LAUNCHER.contains(name)
				|| this.springProperties.contains(name);
	}

	Set<String> placeholders() {
		return this.placeholders;
	}

	private static void collect(Path dir, java.util.function.Predicate<String> fileName, Pattern pattern,
			Set<String> into) {
		if (!Files.isDirectory(dir)) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path file : files.filter((path) -> fileName.test(path.getFileName().toString())).toList()) {
				Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
				while (matcher.find()) {
					into.add(matcher.group(1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Spring Boot's documented properties, as environment variables (relaxed binding's
	 * form).
	 */
	private static Set<String> springBootProperties() {
		Set<String> names = new HashSet<>();
		ObjectMapper json = new ObjectMapper();
		try {
			Enumeration<URL> metadata = ServiceSettings.class.getClassLoader()
				.getResources("META-INF/spring-configuration-metadata.json");
			while (metadata.hasMoreElements()) {
				try (InputStream in = metadata.nextElement().openStream()) {
					for (JsonNode property : json.readTree(in).path("properties")) {
						names.add(environmentName(property.path("name").asText()));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return names;
	}

	/**
	 * {@code spring.threads.virtual.enabled} → {@code SPRING_THREADS_VIRTUAL_ENABLED}.
	 */
	static String environmentName(String property) {
		return property.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
	}

}
