package org.peersupport.store;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Store defaults: Spring Data MongoDB creates the indexes declared on our documents at
 * start (unless the application sets {@code spring.data.mongodb.auto-index-creation}
 * itself), and a non-blank {@code MONGODB_URI} becomes {@code spring.mongodb.uri} (Boot 4
 * fails on an empty URI, so the mapping cannot live in application.yml as
 * {@code ${MONGODB_URI:}}).
 */
class IndexCreationDefaults implements EnvironmentPostProcessor {

	static final String PROPERTY = "spring.data.mongodb.auto-index-creation";

	static final String MONGODB_URI = "MONGODB_URI";

	static final String SPRING_URI = "spring.mongodb.uri";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources().addLast(new MapPropertySource("peerStoreDefaults", Map.of(PROPERTY, "true")));
		String uri = environment.getProperty(MONGODB_URI);
		if (uri != null && !uri.isBlank() && !environment.containsProperty(SPRING_URI)) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("peerMongoUri", Map.of(SPRING_URI, uri.strip())));
		}
	}

}
