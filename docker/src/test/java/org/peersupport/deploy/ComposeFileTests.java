package org.peersupport.deploy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peersupport.deploy.Caddyfile.Site;
import org.peersupport.deploy.ComposeFile.Published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * {@code docker/compose.yaml}, its {@code .env.example} and its proxy's
 * {@code Caddyfile}, checked without a Docker engine: our JSON schema of the part of the
 * Compose format the file uses ({@code src/test/resources/compose.schema.json}), the
 * Compose schema of an installed {@code docker-compose} package when there is one, and
 * the rules that keep the deploy safe.
 */
class ComposeFileTests {

	private static final String SCALED = "scaled";

	private static final ComposeSchema OURS = ComposeSchema.ours();

	private static final String WRONG = """
			services:
			  bot:
			    image: peer-support-bot
			    port: ["8080:8080"]
			    restart: [always]
			""";

	private final ComposeFile compose = ComposeFile.read();

	@Test
	void matchesOurSchemaOfTheComposeFormat() {
		assertThat(OURS.messages(this.compose.tree())).isEmpty();
	}

	@Test
	void ourSchemaCatchesAMistake() {
		assertThat(OURS.messages(ComposeFile.parse(WRONG).tree())).hasSize(2)
			.anySatisfy((message) -> assertThat(message).startsWith("/services/bot").contains("'port'"))
			.anySatisfy((message) -> assertThat(message).startsWith("/services/bot/restart"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mistakes")
	void ourSchemaCatchesEachMistakeMadeInTheFile(String mistake, String written, String mistaken, String reported) {
		String text = RepositoryFiles.read(ComposeFile.PATH);
		assertThat(text).as("the text the mistake changes").containsOnlyOnce(written);
		ComposeFile wrong = ComposeFile.parse(text.replace(written, mistaken));
		assertThat(OURS.messages(wrong.tree())).anySatisfy((message) -> assertThat(message).contains(reported));
	}

	static Stream<Arguments> mistakes() {
		return Stream.of(arguments("misspelt service key", "    healthcheck:\n", "    helthcheck:\n", "'helthcheck'"),
				arguments("misspelt key from an anchor", "    environment: *scaled-env", "    enviroment: *scaled-env",
						"'enviroment'"),
				arguments("misspelt top-level key", "\nvolumes:\n", "\nvolume:\n", "'volume'"),
				arguments("misspelt build key", "    dockerfile: docker/Dockerfile",
						"    docker_file: docker/Dockerfile", "'docker_file'"),
				arguments("misspelt health check key", "      start_period: 30s", "      start_periode: 30s",
						"'start_periode'"),
				arguments("unknown depends_on condition", "      bot-1:\n        condition: service_healthy",
						"      bot-1:\n        condition: service_healty",
						"/services/proxy/depends_on/bot-1/condition"),
				arguments("retries as a word", "      retries: 12", "      retries: twelve",
						"/services/mongo1/healthcheck/retries"),
				arguments("restart no unquoted (a boolean)", "  restart: unless-stopped\n  profiles: [single, scaled]",
						"  restart: no\n  profiles: [single, scaled]", "/services/mongo1/restart"),
				arguments("profiles as one string", "    restart: unless-stopped\n    profiles: [scaled]",
						"    restart: unless-stopped\n    profiles: scaled", "/services/proxy/profiles"),
				arguments("duration without a unit", "  stop_grace_period: 30s", "  stop_grace_period: 30",
						"/services/bot-1/stop_grace_period"),
				arguments("volume mounted on a relative path", "volumes: [peer-data:/data]",
						"volumes: [peer-data:data]", "/services/peer-support-bot-embedded/volumes/0"),
				arguments("port with a stray colon", "\"443:443\"", "\"443::443:\"", "/services/proxy/ports/0"));
	}

	/**
	 * Beside ours, the Compose schema that Debian's {@code docker-compose} package
	 * installs, where it lies (skipped on a machine without it).
	 */
	@Test
	void matchesTheComposeSchemaInstalledOnTheMachine() {
		Optional<ComposeSchema> installed = ComposeSchema.installed();
		assumeTrue(installed.isPresent(), () -> "no Compose schema at " + ComposeSchema.INSTALLED);
		assertThat(installed.get().messages(this.compose.tree())).isEmpty();
		assertThat(installed.get().messages(ComposeFile.parse(WRONG).tree()))
			.anySatisfy((message) -> assertThat(message).contains("'port'"))
			.anySatisfy((message) -> assertThat(message).startsWith("/services/bot/restart"));
	}

	@Test
	void everyServiceBelongsToAProfileSoThatOneProfileRunsAtATime() {
		assertThat(this.compose.services()).allSatisfy(
				(name, service) -> assertThat(ComposeFile.profiles(service)).as("profiles of %s", name).isNotEmpty());
		Map<String, String> example = envExample();
		assertThat(this.compose.services().values().stream().flatMap((s) -> ComposeFile.profiles(s).stream()))
			.contains(example.get("COMPOSE_PROFILES"));
	}

	@Test
	void instancesRunTheImagesNonRootUserWithItsHealthCheck() {
		assertThat(this.compose.instances()).isNotEmpty().allSatisfy((name, service) -> {
			// no user: override, so the image's USER (non-root, DockerfileTests) applies
			assertThat(service.has("user")).as("%s overrides the image's user", name).isFalse();
			assertThat(service.path("privileged").asBoolean(false)).isFalse();
			assertThat(service.path("healthcheck").path("disable").asBoolean(false)).isFalse();
			assertThat(service.path("cap_drop").toString()).contains("ALL");
		});
	}

	@Test
	void servicesWaitOnlyForHealthChecksThatExist() {
		this.compose.services().forEach((name, service) -> service.path("depends_on").properties().forEach((dep) -> {
			if (dep.getValue().path("condition").asText().equals("service_healthy")) {
				String target = dep.getKey();
				boolean checked = this.compose.service(target).has("healthcheck")
						|| this.compose.instances().containsKey(target);
				assertThat(checked).as("%s waits for %s to be healthy, which has no health check", name, target)
					.isTrue();
			}
		}));
	}

	@Test
	void instancesGetOnlySettingsTheServiceReads() {
		ServiceSettings settings = ServiceSettings.read();
		this.compose.instances()
			.forEach((name, service) -> assertThat(ComposeFile.environment(service).keySet())
				.allSatisfy((variable) -> assertThat(settings.reads(variable))
					.as("%s sets %s, which the service does not read", name, variable)
					.isTrue()));
	}

	@Test
	void instanceSettingsAreInTheReadmesConfigurationTable() {
		String readme = RepositoryFiles.read("README.md");
		String table = readme.substring(readme.indexOf("## Configuration"), readme.indexOf("More settings"));
		this.compose.instances()
			.forEach((name, service) -> assertThat(ComposeFile.environment(service).keySet()).allSatisfy(
					(variable) -> assertThat(table).as("README's configuration table").contains("`" + variable + "`")));
	}

	@Test
	void envExampleListsEveryVariableTheFileUsesAndNoOther() {
		Set<String> example = new TreeSet<>(envExample().keySet());
		Set<String> used = new TreeSet<>(this.compose.interpolated());
		used.add("COMPOSE_PROFILES");
		assertThat(example).isEqualTo(used);
	}

	@Test
	void onlyTheProxysWebhookPortIsPublic() {
		Map<String, List<Published>> publicPorts = new LinkedHashMap<>();
		this.compose.services().forEach((name, service) -> {
			List<Published> open = ComposeFile.ports(service).stream().filter(Published::isPublic).toList();
			if (!open.isEmpty()) {
				publicPorts.put(name, open);
			}
		});
		assertThat(publicPorts).containsOnlyKeys("proxy");
		List<Published> open = publicPorts.get("proxy");
		assertThat(open).extracting(Published::target).containsExactly(443);

		// the site on the public port proxies to the instances' webhook port, and only to
		// it
		Map<String, JsonNode> scaled = instancesOf(SCALED);
		List<Site> sites = Caddyfile.sites();
		List<Site> publicSites = sites.stream().filter((site) -> site.port() == 443).toList();
		assertThat(publicSites).hasSize(1);
		assertThat(publicSites.get(0).upstreams()).isNotEmpty().allSatisfy((upstream) -> {
			String[] hostPort = upstream.split(":");
			assertThat(scaled).containsKey(hostPort[0]);
			assertThat(hostPort[1])
				.isEqualTo(ComposeFile.environment(scaled.get(hostPort[0])).get("PEER_WEBHOOK_PORT"));
		});
		assertThat(publicSites.get(0).upstreams()).extracting((upstream) -> upstream.split(":")[0])
			.containsExactlyInAnyOrderElementsOf(scaled.keySet());

		// every other site (the panel's) is published on the host's loopback only
		List<Published> proxyPorts = ComposeFile.ports(this.compose.service("proxy"));
		sites.stream().filter((site) -> site.port() != 443).forEach((site) -> {
			assertThat(proxyPorts).filteredOn((port) -> port.target() == site.port())
				.as("port of the site %s", site.address())
				.isNotEmpty()
				.noneMatch(Published::isPublic);
			assertThat(site.upstreams()).allSatisfy((upstream) -> assertThat(upstream).doesNotEndWith(":8443"));
		});
	}

	@Test
	void mongoDbPublishesNoPortAndKeepsItsDataInVolumes() {
		Map<String, JsonNode> mongo = new LinkedHashMap<>();
		this.compose.services().forEach((name, service) -> {
			if (service.path("image").asText().startsWith("mongo:")) {
				mongo.put(name, service);
			}
		});
		assertThat(mongo).hasSize(3).allSatisfy((name, service) -> {
			assertThat(service.has("ports")).isFalse();
			String volume = service.path("volumes").get(0).asText();
			assertThat(volume).endsWith(":/data/db");
			assertThat(this.compose.tree().path("volumes").has(volume.split(":")[0])).isTrue();
		});
	}

	@Test
	void instancesOnTheReplicaSetWriteToAMajorityOfTheMembersTheSetIsInitiatedWith() {
		String initiate = this.compose.service("mongo1").path("healthcheck").path("test").toString();
		this.compose.instances().forEach((name, service) -> {
			String uri = ComposeFile.environment(service).get("MONGODB_URI");
			if (uri == null) {
				assertThat(ComposeFile.profiles(service)).containsExactly("embedded");
				return;
			}
			assertThat(uri).contains("replicaSet=rs0").contains("w=majority");
			for (String host : uri.substring("mongodb://".length(), uri.indexOf('/', 10)).split(",")) {
				assertThat(this.compose.services()).containsKey(host.split(":")[0]);
				assertThat(initiate).contains("host: '" + host + "'");
			}
			assertThat(initiate).contains("_id: 'rs0'");
		});
	}

	@Test
	void theScaledInstancesRunInWebhookModeWithOneProxyInFront() {
		Map<String, JsonNode> scaled = instancesOf(SCALED);
		assertThat(scaled).hasSizeGreaterThanOrEqualTo(2).allSatisfy((name, service) -> {
			Map<String, String> environment = ComposeFile.environment(service);
			// a literal https URL: a blank setting cannot leave two instances polling
			assertThat(environment.get("PEER_WEBHOOK_URL")).startsWith("https://");
			assertThat(service.has("ports")).isFalse();
		});
	}

	private Map<String, JsonNode> instancesOf(String profile) {
		Map<String, JsonNode> instances = new LinkedHashMap<>();
		this.compose.instances().forEach((name, service) -> {
			if (ComposeFile.profiles(service).contains(profile)) {
				instances.put(name, service);
			}
		});
		return instances;
	}

	private static Map<String, String> envExample() {
		Map<String, String> example = new LinkedHashMap<>();
		Arrays.stream(RepositoryFiles.read("docker/.env.example").split("\n"))
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.forEach((line) -> {
				String[] pair = line.split("=", 2);
				example.put(pair[0], (pair.length == 2) ? pair[1] : "");
			});
		return example;
	}

}
