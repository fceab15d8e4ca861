package org.peersupport.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.networknt.schema.ValidationMessage;

/**
 * A JSON schema that {@code docker/compose.yaml} is checked against: ours, or the one a
 * Compose package installed on the machine.
 */
final class ComposeSchema {

	/**
	 * Our schema (module test resources): the part of the Compose format we use, closed
	 * at every level.
	 */
	static final String OURS = "classpath:compose.schema.json";

	/**
	 * Where Debian's {@code docker-compose} package (1.29) installs the Compose schema it
	 * validates with. Read there at test time; never copied into the repository.
	 */
	static final Path INSTALLED = Path.of("/usr/lib/python3/dist-packages/compose/config/compose_spec.json");

	private final JsonSchema schema;

	private ComposeSchema(JsonSchema schema) {
		this.schema = schema;
	}

	static ComposeSchema ours() {
		SchemaValidatorsConfig config = config().build();
		return new ComposeSchema(
				JsonSchemaFactory.getInstance(VersionFlag.V202012).getSchema(SchemaLocation.of(OURS), config));
	}

	/**
	 * The installed Compose schema, if the package is there, checked as
	 * {@code docker-compose} checks it: as draft 4 (its ids are draft 4's {@code id},
	 * though its {@code $schema} names 2019-09, which the validator then cannot load),
	 * without asserting formats (Compose's {@code duration} is {@code 30s}, not ISO
	 * 8601). Its own location is its base, for its relative id {@code compose_spec.json}.
	 */
	static Optional<ComposeSchema> installed() {
		if (!Files.isRegularFile(INSTALLED)) {
			return Optional.empty();
		}
		ObjectNode document;
		try {
			document = (ObjectNode) new ObjectMapper().readTree(INSTALLED.toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		document.put("$schema", "http://json-schema.org/draft-04/schema#");
		SchemaValidatorsConfig config = config().formatAssertionsEnabled(false).build();
		return Optional.of(new ComposeSchema(JsonSchemaFactory.getInstance(VersionFlag.V4)
			.getSchema(SchemaLocation.of(INSTALLED.toUri().toString()), document, config)));
	}

	private static SchemaValidatorsConfig.Builder config() {
		return SchemaValidatorsConfig.builder().locale(Locale.ENGLISH).pathType(PathType.JSON_POINTER);
	}

	/** What is wrong with {@code document}, one message each, sorted. */
	List<String> messages(JsonNode document) {
		return this.schema.validate(document).stream().map(ValidationMessage::getMessage).sorted().toList();
	}

}
