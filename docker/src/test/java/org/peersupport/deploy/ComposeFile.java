package org.peersupport.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * {@code docker/compose.yaml} as Compose reads it before interpolation: YAML anchors and
 * merge keys resolved (SnakeYAML does, as Compose does), values left as written.
 */
final class ComposeFile {

	static final String PATH = "docker/compose.yaml";

	private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)");

	private final String text;

	private final JsonNode tree;

	private ComposeFile(String text, JsonNode tree) {
		this.text = text;
		this.tree = tree;
	}

	static ComposeFile read() {
		return parse(RepositoryFiles.read(PATH));
	}

	static ComposeFile parse(String text) {
		Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
		return new ComposeFile(text, new ObjectMapper().valueToTree(document));
	}

	JsonNode tree() {
		return this.tree;
	}

	Map<String, JsonNode> services() {
		Map<String, JsonNode> services = new LinkedHashMap<>();
		this.tree.path("services").properties().forEach((entry) -> services.put(entry.getKey(), entry.getValue()));
		return services;
	}

	JsonNode service(String name) {
		return this.tree.path("services").path(name);
	}

	/**
	 * The services that run the service's image, built from {@code docker/Dockerfile}.
	 */
	Map<String, JsonNode> instances() {
		Map<String, JsonNode> instances = new LinkedHashMap<>();
		services().forEach((name, service) -> {
			if (service.path("build").path("dockerfile").asText().equals("docker/Dockerfile")) {
				instances.put(name, service);
			}
		});
		return instances;
	}

	static Set<String> profiles(JsonNode service) {
		Set<String> profiles = new LinkedHashSet<>();
		service.path("profiles").forEach((profile) -> profiles.add(profile.asText()));
		return profiles;
	}

	/**
	 * A service's environment as a map (both the map and the {@code NAME=value} list
	 * form).
	 */
	static Map<String, String> environment(JsonNode service) {
		Map<String, String> environment = new LinkedHashMap<>();
		JsonNode node = service.path("environment");
		if (node.isArray()) {
			node.forEach((entry) -> {
				String[] pair = entry.asText().split("=", 2);
				environment.put(pair[0], (pair.length == 2) ? pair[1] : null);
			});
		}
		else {
			node.properties()
				.forEach((entry) -> environment.put(entry.getKey(),
						entry.getValue().isNull() ? null : entry.getValue().asText()));
		}
		return environment;
	}

	/** The ports a service publishes on the host. */
	static List<Published> ports(JsonNode service) {
		List<Published> ports = new ArrayList<>();
		for (JsonNode port : service.path("ports")) {
			if (port.isObject()) {
				ports.add(new Published(port.path("host_ip").asText(""), port.path("published").asText(""),
						port.path("target").asInt()));
			}
			else {
				String[] parts = port.asText().split(":");
				String target = parts[parts.length - 1].split("/")[0];
				ports.add(switch (parts.length) {
					case 1 -> new Published("", "", Integer.parseInt(target));
					case 2 -> new Published("", parts[0], Integer.parseInt(target));
					default -> new Published(String.join(":", List.of(parts).subList(0, parts.length - 2)),
							parts[parts.length - 2], Integer.parseInt(target));
				});
			}
		}
		return ports;
	}

	/**
	 * The names of the variables the file interpolates ({@code ${NAME}},
	 * {@code ${NAME:-x}} ...).
	 */
	Set<String> interpolated() {
		Set<String> names = new LinkedHashSet<>();
		for (String line : this.text.split("\n")) {
			String content = line.strip().startsWith("#") ? "" : line;
			Matcher matcher = INTERPOLATION.matcher(content);
			while (matcher.find()) {
				names.add(matcher.group(1));
			}
		}
		return names;
	}

	/**
	 * A published port: the host address (blank: every address), host port, container
	 * port.
	 */
	record Published(String hostIp, String hostPort, int target) {

		boolean isPublic() {
			return !(this.hostIp.equals("127.0.0.1") || this.hostIp.equals("[::1]") || this.hostIp.equals("::1"));
		}

	}

}
