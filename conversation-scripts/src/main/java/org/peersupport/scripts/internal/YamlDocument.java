package org.peersupport.scripts.internal;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.peersupport.scripts.ScriptProblem;
import org.peersupport.scripts.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML document read through SnakeYAML's node API into a Jackson tree, with the source
 * position of every element keyed by its JSON Pointer ({@code /steps/2/prompt}). A
 * mapping entry's position is its key's; a list item's is the item's.
 */
public final class YamlDocument {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final int MAX_CODE_POINTS = 1024 * 1024;

	private final JsonNode tree;

	private final Map<String, SourcePosition> positions;

	private YamlDocument(JsonNode tree, Map<String, SourcePosition> positions) {
		this.tree = tree;
		this.positions = Collections.unmodifiableMap(positions);
	}

	/**
	 * Reads {@code text}; on failure adds the problems found and returns null. Never
	 * throws on bad input.
	 */
	public static YamlDocument read(String text, List<ScriptProblem> problems) {
		Node root;
		try {
			root = new Yaml(loaderOptions()).compose(new StringReader(text));
		}
		catch (MarkedYAMLException ex) {
			problems.add(YamlSyntaxProblem.of(ex));
			return null;
		}
		catch (YAMLException ex) {
			problems
				.add(problem(new SourcePosition(1, 1), ScriptProblem.Codes.YAML, "Malformed YAML: " + ex.getMessage()));
			return null;
		}
		if (root == null) {
			problems.add(problem(new SourcePosition(1, 1), ScriptProblem.Codes.SCHEMA, "The document is empty"));
			return null;
		}
		Map<String, SourcePosition> positions = new HashMap<>();
		int before = problems.size();
		JsonNode tree = new Converter(positions, problems).convert(root, "", position(root.getStartMark()));
		return (problems.size() > before) ? null : new YamlDocument(tree, positions);
	}

	private static LoaderOptions loaderOptions() {
		LoaderOptions options = new LoaderOptions();
		options.setMaxAliasesForCollections(20);
		options.setAllowRecursiveKeys(false);
		options.setCodePointLimit(MAX_CODE_POINTS);
		options.setNestingDepthLimit(20);
		return options;
	}

	public JsonNode tree() {
		return this.tree;
	}

	/**
	 * The position of the element at {@code pointer}, or of its nearest ancestor that has
	 * one.
	 */
	public SourcePosition positionOf(String pointer) {
		String current = pointer;
		while (true) {
			SourcePosition found = this.positions.get(current);
			if (found != null) {
				return found;
			}
			if (current.isEmpty()) {
				return new SourcePosition(1, 1);
			}
			current = current.substring(0, current.lastIndexOf('/'));
		}
	}

	static SourcePosition position(Mark mark) {
		return new SourcePosition(mark.getLine() + 1, mark.getColumn() + 1);
	}

	static ScriptProblem problem(SourcePosition at, String code, String message, String... arguments) {
		return new ScriptProblem(code, message, at.line(), at.column(), null, List.of(arguments));
	}

	/** Escapes a key for use in a JSON Pointer (RFC 6901). */
	public static String escape(String key) {
		return key.replace("~", "~0").replace("/", "~1");
	}

	private static final class Converter {

		private final Map<String, SourcePosition> positions;

		private final List<ScriptProblem> problems;

		private final Set<Node> ancestors = Collections.newSetFromMap(new IdentityHashMap<>());

		Converter(Map<String, SourcePosition> positions, List<ScriptProblem> problems) {
			this.positions = positions;
			this.problems = problems;
		}

		JsonNode convert(Node node, String pointer, SourcePosition at) {
			this.positions.put(pointer, at);
			if (!this.ancestors.add(node)) {
				this.problems.add(problem(at, ScriptProblem.Codes.YAML, "A YAML alias refers to its own parent"));
				return NODES.nullNode();
			}
			try {
				if (node instanceof MappingNode mapping) {
					return mapping(mapping, pointer);
				}
				if (node instanceof SequenceNode sequence) {
					ArrayNode array = NODES.arrayNode();
					List<Node> items = sequence.getValue();
					for (int i = 0; i < items.size(); i++) {
						Node item = items.get(i);
						array.add(convert(item, pointer + "/" + i, position(item.getStartMark())));
					}
					return array;
				}
				return scalar((ScalarNode) node);
			}
			finally {
				this.ancestors.remove(node);
			}
		}

		private ObjectNode mapping(MappingNode mapping, String pointer) {
			ObjectNode object = NODES.objectNode();
			for (NodeTuple tuple : mapping.getValue()) {
				Node keyNode = tuple.getKeyNode();
				SourcePosition keyAt = position(keyNode.getStartMark());
				if (!(keyNode instanceof ScalarNode scalarKey)) {
					this.problems.add(problem(keyAt, ScriptProblem.Codes.SCHEMA, "A key must be a plain word"));
					continue;
				}
				String key = scalarKey.getValue();
				if (object.has(key)) {
					this.problems.add(problem(keyAt, ScriptProblem.Codes.DUPLICATE_KEY,
							"The key '" + key + "' appears twice in the same mapping", key));
					continue;
				}
				object.set(key, convert(tuple.getValueNode(), pointer + "/" + escape(key), keyAt));
			}
			return object;
		}

		private JsonNode scalar(ScalarNode scalar) {
			String value = scalar.getValue();
			Tag tag = scalar.getTag();
			if (Tag.NULL.equals(tag)) {
				return NODES.nullNode();
			}
			if (Tag.BOOL.equals(tag)) {
				String lower = value.toLowerCase(java.util.Locale.ROOT);
				return NODES.booleanNode(
						lower.equals("true") || lower.equals("yes") || lower.equals("on") || lower.equals("y"));
			}
			if (Tag.INT.equals(tag)) {
				try {
					return NODES.numberNode(new BigInteger(value.replace("_", "")));
				}
				catch (NumberFormatException ex) {
					return NODES.textNode(value);
				}
			}
			if (Tag.FLOAT.equals(tag)) {
				try {
					return NODES.numberNode(new BigDecimal(value.replace("_", "")));
				}
				catch (NumberFormatException ex) {
					return NODES.textNode(value);
				}
			}
			return NODES.textNode(value);
		}

	}

}
