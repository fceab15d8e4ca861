package org.peersupport.deploy;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.peersupport.deploy.DockerfileInstructions.Instruction;
import org.peersupport.deploy.DockerfileInstructions.Stage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of {@code docker/Dockerfile}, checked without a Docker engine (none runs on
 * the project's machines, and no Dockerfile linter is packaged for them).
 */
class DockerfileTests {

	private static final Pattern TEMURIN = Pattern.compile("eclipse-temurin:(\\d+)(?:[.\\d]*)-(jre|jdk)\\b.*");

	private final DockerfileInstructions dockerfile = DockerfileInstructions
		.parse(RepositoryFiles.read("docker/Dockerfile"));

	private final Stage runtime = this.dockerfile.finalStage();

	@Test
	void buildsTheJarInAStageOfItsOwnWithTheMavenWrapper() {
		List<Stage> stages = this.dockerfile.stages();
		assertThat(stages).hasSizeGreaterThanOrEqualTo(2);
		Stage build = stages.get(0);
		assertThat(build.name()).isNotNull();
		assertThat(build.all("RUN")).anySatisfy(
				(run) -> assertThat(run.arguments()).contains("mvnw").contains(" package").contains("admin-web"));
		assertThat(majorOf(build.image(), "jdk")).as("the build's JDK (the enforcer asks for 17+)")
			.isGreaterThanOrEqualTo(17);
		String jar = "admin-web/target/" + finalNameOfAdminWeb() + ".jar";
		assertThat(this.runtime.all("COPY"))
			.anySatisfy((copy) -> assertThat(copy.arguments()).startsWith("--from=" + build.name() + " ")
				.contains("/" + jar + " "));
	}

	@Test
	void runsOnAJre21OrLaterWithVirtualThreadsOn() {
		assertThat(majorOf(this.runtime.image(), "jre")).isGreaterThanOrEqualTo(21);
		assertThat(this.runtime.environment()).containsEntry("SPRING_THREADS_VIRTUAL_ENABLED", "true");
		assertThat(String.join(" ", this.runtime.environment().values())).doesNotContain("peer.virtual-threads");
		assertThat(this.runtime.last("ENTRYPOINT").arguments()).doesNotContain("peer.virtual-threads");
	}

	@Test
	void runsAsTheNonRootUserItCreates() {
		Instruction user = this.runtime.last("USER");
		assertThat(user).as("USER in the final stage").isNotNull();
		String uid = user.arguments().split(":")[0];
		assertThat(uid).isNotIn("0", "root");
		assertThat(user.line()).isLessThan(this.runtime.last("ENTRYPOINT").line());
		if (uid.chars().allMatch(Character::isDigit)) {
			assertThat(this.runtime.all("RUN"))
				.anySatisfy((run) -> assertThat(run.arguments()).containsPattern("useradd .*--uid " + uid + "\\b"));
		}
	}

	@Test
	void checksItsHealthOnTheActuatorEndpointWithTheClassItCopiesIn() throws Exception {
		Instruction healthcheck = this.runtime.last("HEALTHCHECK");
		assertThat(healthcheck).as("HEALTHCHECK in the final stage").isNotNull();
		String command = healthcheck.arguments().substring(healthcheck.arguments().indexOf("CMD ") + 4);
		List<String> exec = execForm(command);
		// the JRE image has no curl or wget: its own java runs the check
		assertThat(exec.get(0)).isEqualTo("java");
		assertThat(exec).contains(HealthCheck.class.getName());
		String classpath = exec.get(exec.indexOf("-cp") + 1);
		String classFile = classpath + "/" + HealthCheck.class.getName().replace('.', '/') + ".class";
		assertThat(this.runtime.all("COPY")).anySatisfy(
				(copy) -> assertThat(copy.arguments()).endsWith(" " + classFile).contains("/docker/target/classes/"));

		// what the class asks is what the service serves
		String config = RepositoryFiles.read("admin-web/src/main/resources/application.yml");
		assertThat(HealthCheck.PATH).isEqualTo("/actuator/health");
		assertThat(config).containsPattern("include: .*\\bhealth\\b");
		assertThat(config).contains("port: ${SERVER_PORT:" + HealthCheck.DEFAULT_PORT + "}");
		assertThat(this.runtime.last("EXPOSE").arguments().split("\\s+"))
			.contains(String.valueOf(HealthCheck.DEFAULT_PORT), webhookPort());
	}

	@Test
	void startsJavaAsProcessOneInExecForm() throws Exception {
		List<String> entrypoint = execForm(this.runtime.last("ENTRYPOINT").arguments());
		assertThat(entrypoint).startsWith("java").contains("-jar");
	}

	@Test
	void setsOnlyVariablesTheServiceReads() {
		ServiceSettings settings = ServiceSettings.read();
		assertThat(this.runtime.environment().keySet()).allSatisfy((name) -> assertThat(settings.reads(name))
			.as("%s is read by the service, Spring Boot or the java launcher", name)
			.isTrue());
	}

	@Test
	void followsTheUsualLintRules() {
		for (Stage stage : this.dockerfile.stages()) {
			assertThat(stage.image()).as("a pinned base image").doesNotEndWith(":latest").contains(":");
			assertThat(stage.all("ADD")).as("COPY, not ADD").isEmpty();
			assertThat(stage.all("RUN")).noneSatisfy((run) -> assertThat(run.arguments()).contains("sudo "));
			assertThat(stage.all("MAINTAINER")).isEmpty();
		}
		assertThat(this.runtime.all("RUN")).noneSatisfy((run) -> assertThat(run.arguments()).contains("apt-get"));
		assertThat(this.runtime.all("CMD")).isEmpty();
	}

	@Test
	void buildContextLeavesOutLocalDataBuildOutputAndSecrets() {
		List<String> ignored = Arrays.stream(RepositoryFiles.read("docker/Dockerfile.dockerignore").split("\n"))
			.map(String::strip)
			.toList();
		assertThat(ignored).contains(".git", "**/target", "data", "**/*.mv.db", "docker/.env");
	}

	private static int majorOf(String image, String kind) {
		Matcher matcher = TEMURIN.matcher(image);
		assertThat(matcher.matches()).as("%s is an eclipse-temurin image", image).isTrue();
		assertThat(matcher.group(2)).isEqualTo(kind);
		return Integer.parseInt(matcher.group(1));
	}

	private static String finalNameOfAdminWeb() {
		Matcher matcher = Pattern.compile("<finalName>([^<]+)</finalName>")
			.matcher(RepositoryFiles.read("admin-web/pom.xml"));
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private static String webhookPort() {
		Matcher matcher = Pattern.compile("webhook-port: \\$\\{PEER_WEBHOOK_PORT:(\\d+)}")
			.matcher(RepositoryFiles.read("admin-web/src/main/resources/application.yml"));
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private static List<String> execForm(String arguments) throws Exception {
		assertThat(arguments.strip()).as("exec form (a JSON array)").startsWith("[");
		return Arrays.asList(new ObjectMapper().readValue(arguments, String[].class));
	}

}
