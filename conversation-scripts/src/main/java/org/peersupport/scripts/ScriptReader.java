package org.peersupport.scripts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.peersupport.scripts.internal.YamlDocument;

/**
 * Builds the model from a document that passed the schema check, keeping source
 * positions.
 */
final class ScriptReader {

	private final YamlDocument document;

	private ScriptReader(YamlDocument document) {
		this.document = document;
	}

	static Script read(YamlDocument document, String sourceName, String source) {
		return new ScriptReader(document).script(sourceName, source);
	}

	private Script script(String sourceName, String source) {
		JsonNode root = this.document.tree();
		List<String> locales = new ArrayList<>();
		root.get("locales").forEach((locale) -> locales.add(locale.asText()));
		List<Step> steps = new ArrayList<>();
		JsonNode stepNodes = root.get("steps");
		for (int i = 0; i < stepNodes.size(); i++) {
			steps.add(step(stepNodes.get(i), "/steps/" + i));
		}
		return new Script(root.get("id").asText(), root.get("version").asInt(), root.get("defaultLocale").asText(),
				locales, text(root, "description"), root.path("plainLanguage").asBoolean(false), steps, sourceName,
				source, pos("/defaultLocale"));
	}

	private Step step(JsonNode node, String at) {
		List<ActionCall> actions = new ArrayList<>();
		JsonNode actionNodes = node.path("actions");
		for (int i = 0; i < actionNodes.size(); i++) {
			actions.add(action(actionNodes.get(i), at + "/actions/" + i));
		}
		List<Branch> branches = new ArrayList<>();
		JsonNode branchNodes = node.path("branches");
		for (int i = 0; i < branchNodes.size(); i++) {
			branches.add(branch(branchNodes.get(i), at + "/branches/" + i));
		}
		Input input = node.has("input") ? input(node.get("input"), at + "/input") : Input.NONE;
		return new Step(node.get("id").asText(), texts(node.path("prompt")), input, text(node, "store"), actions,
				branches, text(node, "next"), pos(at), pos(at + "/prompt"), pos(at + "/next"));
	}

	private ActionCall action(JsonNode node, String at) {
		if (node.isTextual()) {
			return new ActionCall(node.asText(), Map.of(), pos(at));
		}
		Map<String, String> args = new LinkedHashMap<>();
		node.path("args").fields().forEachRemaining((entry) -> args.put(entry.getKey(), entry.getValue().asText()));
		return new ActionCall(node.get("name").asText(), args, pos(at));
	}

	private Branch branch(JsonNode node, String at) {
		JsonNode when = node.get("when");
		Branch.Condition condition;
		if (!when.has("field")) {
			condition = new Branch.AnswerEquals(scalar(when.get("answer")));
		}
		else if (when.has("equals")) {
			condition = new Branch.FieldEquals(when.get("field").asText(), scalar(when.get("equals")));
		}
		else {
			condition = new Branch.FieldPresent(when.get("field").asText(), when.get("present").asBoolean());
		}
		return new Branch(condition, node.get("goto").asText(), pos(at), pos(at + "/goto"));
	}

	private Input input(JsonNode node, String at) {
		boolean optional = node.path("optional").asBoolean(false);
		SourcePosition position = pos(at);
		return switch (node.get("type").asText()) {
			case "buttons" -> new Input.Buttons(node.path("multiple").asBoolean(false), choices(node, at),
					text(node, "choicesFrom"), optional, position);
			case "text" ->
				new Input.Text(node.path("minLength").asInt(1), node.path("maxLength").asInt(1000), optional, position);
			case "number" -> new Input.Number(decimal(node.get("min")), decimal(node.get("max")),
					node.path("integer").asBoolean(true), optional, position);
			case "date" ->
				new Input.Date(Input.DateBounds.valueOf(node.path("allow").asText("any").toUpperCase(Locale.ROOT)),
						optional, position);
			case "yesno" -> new Input.YesNo(optional, position);
			default -> new Input.None(position);
		};
	}

	private List<Choice> choices(JsonNode node, String at) {
		List<Choice> choices = new ArrayList<>();
		JsonNode choiceNodes = node.path("choices");
		for (int i = 0; i < choiceNodes.size(); i++) {
			JsonNode choice = choiceNodes.get(i);
			choices
				.add(new Choice(choice.get("value").asText(), texts(choice.get("label")), pos(at + "/choices/" + i)));
		}
		return choices;
	}

	private static Map<String, String> texts(JsonNode node) {
		Map<String, String> texts = new LinkedHashMap<>();
		node.fields().forEachRemaining((entry) -> texts.put(entry.getKey(), entry.getValue().asText()));
		return texts;
	}

	private static String scalar(JsonNode node) {
		if (node.isBoolean()) {
			return node.asBoolean() ? "yes" : "no";
		}
		if (node.isNumber()) {
			return node.decimalValue().stripTrailingZeros().toPlainString();
		}
		return node.asText();
	}

	private static BigDecimal decimal(JsonNode node) {
		return (node == null || node.isNull()) ? null : node.decimalValue();
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asText();
	}

	private SourcePosition pos(String pointer) {
		return this.document.positionOf(pointer);
	}

}
