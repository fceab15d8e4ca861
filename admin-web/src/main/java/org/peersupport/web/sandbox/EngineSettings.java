package org.peersupport.web.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;

/**
 * Everything the sandbox engine's environment holds: the NGO's bot configuration copied
 * from the main environment ({@code peer.programmes*}, {@code peer.conversation*},
 * {@code peer.safety*}, the volunteer skills {@code peer.volunteers*} and the request
 * categories that name them, {@code peer.requests.categories*}) and fixed settings that
 * keep the engine off Telegram and off the production store. Nothing else of the main
 * environment (bot token, MongoDB URI, data directory, admin account, system environment)
 * is visible to the engine.
 */
final class EngineSettings {

	/** The configuration the engine shares with the production bot. */
	static final List<ConfigurationPropertyName> SHARED = List.of(ConfigurationPropertyName.of("peer.programmes"),
			ConfigurationPropertyName.of("peer.conversation"), ConfigurationPropertyName.of("peer.safety"),
			ConfigurationPropertyName.of("peer.volunteers"), ConfigurationPropertyName.of("peer.requests.categories"));

	/**
	 * Secrets under a shared prefix that stay with production: the engine signs its
	 * buttons with a key of its own, generated in its own store.
	 */
	static final List<ConfigurationPropertyName> NOT_SHARED = List
		.of(ConfigurationPropertyName.of("peer.conversation.signing-key"));

	private final Map<String, Object> properties;

	private EngineSettings(Map<String, Object> properties) {
		this.properties = Map.copyOf(properties);
	}

	/** The shared configuration of the main environment. */
	static EngineSettings from(ConfigurableEnvironment main) {
		Map<String, Object> copied = new LinkedHashMap<>();
		// Sources come highest precedence first: the first value of a name wins.
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(main)) {
			if (source instanceof IterableConfigurationPropertySource iterable) {
				iterable.stream().filter(EngineSettings::isShared).forEach((name) -> {
					Object value = source.getConfigurationProperty(name).getValue();
					if (value != null) {
						copied.putIfAbsent(name.toString(),
								(value instanceof String text) ? main.resolvePlaceholders(text) : value);
					}
				});
			}
		}
		return new EngineSettings(copied);
	}

	private static boolean isShared(ConfigurationPropertyName name) {
		return SHARED.stream().anyMatch((shared) -> shared.equals(name) || shared.isAncestorOf(name))
				&& NOT_SHARED.stream().noneMatch((secret) -> secret.equals(name) || secret.isAncestorOf(name));
	}

	/** The copied configuration, by canonical property name. */
	Map<String, Object> shared() {
		return this.properties;
	}

	/**
	 * A fresh environment for one engine: the shared configuration and the engine's own
	 * settings, without system properties or the system environment.
	 * @param name a name unique in this JVM (Quartz keeps schedulers by name JVM-wide)
	 */
	ConfigurableEnvironment environment(String name) {
		Map<String, Object> own = new LinkedHashMap<>();
		// No token: bot-core starts its own emulator on a free loopback port.
		own.put("peer.telegram.token", "");
		own.put("peer.sandbox.port", "0");
		own.put("peer.sandbox.training-engine", "true");
		own.put("peer.store.embedded", "memory");
		own.put("peer.store.database", "peersupport-sandbox");
		own.put("spring.data.mongodb.auto-index-creation", "true");
		own.put("spring.application.name", name);
		own.put("spring.quartz.scheduler-name", name);
		own.put("spring.quartz.properties.org.quartz.threadPool.threadCount", "2");
		// Each engine's meter registry stays its own; a reset must not leave one behind
		// in
		// Micrometer's global registry.
		own.put("management.metrics.use-global-registry", "false");
		StandardEnvironment environment = new StandardEnvironment();
		MutablePropertySources sources = environment.getPropertySources();
		sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		sources.addFirst(new MapPropertySource("peerSandboxEngine", own));
		sources.addLast(new MapPropertySource("peerSharedWithProduction", this.properties));
		return environment;
	}

}
