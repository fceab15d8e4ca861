package org.peersupport.scripts.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.peersupport.scripts.ScriptProblem;
import org.peersupport.scripts.SourcePosition;

/**
 * Checks a script document against {@code scripts/script.schema.json}, the schema
 * published for editors, and reports each violation at its source position.
 */
public final class SchemaCheck {

	/** Classpath location of the published schema. */
	public static final String SCHEMA_RESOURCE = "scripts/script.schema.json";

	private final JsonSchema schema;

	public SchemaCheck() {
		SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
			.locale(Locale.ENGLISH)
			.pathType(PathType.JSON_POINTER)
			.build();
		JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
		try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing classpath resource " + SCHEMA_RESOURCE);
			}
			this.schema = factory.getSchema(in, config);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + SCHEMA_RESOURCE, ex);
		}
	}

	/** The problems of {@code document} against the schema, in source order. */
	public List<ScriptProblem> check(YamlDocument document) {
		Set<ValidationMessage> messages = this.schema.validate(document.tree());
		List<ScriptProblem> problems = new ArrayList<>();
		for (ValidationMessage message : messages) {
			String pointer = pointer(message.getInstanceLocation());
			if (message.getProperty() != null && "additionalProperties".equals(message.getType())) {
				pointer = pointer + "/" + YamlDocument.escape(message.getProperty());
			}
			SourcePosition at = document.positionOf(pointer);
			problems.add(new ScriptProblem(ScriptProblem.Codes.SCHEMA, message.getMessage(), at.line(), at.column(),
					null, arguments(message, pointer)));
		}
		problems.sort(Comparator.comparingInt(ScriptProblem::line)
			.thenComparingInt(ScriptProblem::column)
			.thenComparing(ScriptProblem::message));
		return problems;
	}

	/**
	 * The rule broken and the key it is about, for the rules a sentence can name (see
	 * {@link ScriptProblem#SCHEMA_RULES}); none for the others.
	 */
	private static List<String> arguments(ValidationMessage message, String pointer) {
		String type = message.getType();
		if ("additionalProperties".equals(type) && message.getProperty() != null) {
			return List.of(ScriptProblem.SCHEMA_UNKNOWN_KEY, message.getProperty());
		}
		if ("required".equals(type) && message.getProperty() != null) {
			return List.of(ScriptProblem.SCHEMA_MISSING_KEY, message.getProperty());
		}
		String key = lastKey(pointer);
		if ("enum".equals(type) && key != null) {
			return List.of(ScriptProblem.SCHEMA_VALUE, key);
		}
		return List.of();
	}

	/** The last element of {@code pointer} that names a key, not a position in a list. */
	private static String lastKey(String pointer) {
		String[] elements = pointer.split("/");
		for (int i = elements.length - 1; i > 0; i--) {
			if (!elements[i].isEmpty() && !elements[i].chars().allMatch(Character::isDigit)) {
				return elements[i].replace("~1", "/").replace("~0", "~");
			}
		}
		return null;
	}

	private static String pointer(JsonNodePath path) {
		StringBuilder pointer = new StringBuilder();
		for (int i = 0; i < path.getNameCount(); i++) {
			Object element = path.getElement(i);
			pointer.append('/').append(YamlDocument.escape(String.valueOf(element)));
		}
		return pointer.toString();
	}

}
