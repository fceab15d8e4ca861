package org.peersupport.scripts;

import java.util.ArrayList;
import java.util.List;

import org.peersupport.scripts.internal.SchemaCheck;
import org.peersupport.scripts.internal.YamlDocument;

/**
 * Loads a script from YAML: parses it keeping source positions, checks it against the
 * JSON Schema, builds the model and validates its meaning. Never throws on bad input.
 */
public final class ScriptLoader {

	private final SchemaCheck schema;

	private final ScriptValidator validator;

	public ScriptLoader() {
		this(new ScriptValidator());
	}

	public ScriptLoader(ScriptValidator validator) {
		this.schema = new SchemaCheck();
		this.validator = validator;
	}

	/**
	 * Loads {@code yaml}; {@code sourceName} names it for people (a file name or a draft
	 * id).
	 */
	public LoadResult load(String yaml, String sourceName) {
		List<ScriptProblem> problems = new ArrayList<>();
		YamlDocument document = YamlDocument.read((yaml != null) ? yaml : "", problems);
		if (document == null) {
			return LoadResult.rejected(problems);
		}
		problems.addAll(this.schema.check(document));
		if (!problems.isEmpty()) {
			return LoadResult.rejected(problems);
		}
		Script script = ScriptReader.read(document, sourceName, yaml);
		problems.addAll(this.validator.validate(script));
		return problems.isEmpty() ? LoadResult.loaded(script) : LoadResult.rejected(problems);
	}

}
