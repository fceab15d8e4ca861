package org.peersupport.scripts.internal;

import org.peersupport.scripts.ScriptProblem;
import org.peersupport.scripts.ScriptProblem.Codes;
import org.peersupport.scripts.SourcePosition;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A SnakeYAML syntax error as a problem a person can act on: the kind of mistake as a
 * code the panel words plainly ({@code expected <block end>} is an indentation that does
 * not match the lines above), placed on the line where the mistake is, which for an
 * unclosed quote or bracket is where it opens.
 */
final class YamlSyntaxProblem {

	private YamlSyntaxProblem() {
	}

	static ScriptProblem of(MarkedYAMLException ex) {
		String problem = (ex.getProblem() != null) ? ex.getProblem() : "malformed YAML";
		String context = (ex.getContext() != null) ? ex.getContext() : "";
		String code = code(problem, context);
		Mark mark = atOpening(code) ? first(ex.getContextMark(), ex.getProblemMark())
				: first(ex.getProblemMark(), ex.getContextMark());
		SourcePosition at = (mark != null) ? YamlDocument.position(mark) : new SourcePosition(1, 1);
		String message = "Malformed YAML: " + (context.isEmpty() ? "" : context + ": ") + problem;
		return new ScriptProblem(code, message, at.line(), at.column());
	}

	private static String code(String problem, String context) {
		if (problem.startsWith("expected <block end>")) {
			return problem.endsWith("'<scalar>'") ? Codes.YAML_STRAY_TEXT : Codes.YAML_INDENTATION;
		}
		if (problem.startsWith("mapping values are not allowed")) {
			return Codes.YAML_COLON;
		}
		if (problem.startsWith("could not find expected ':'")) {
			return Codes.YAML_MISSING_COLON;
		}
		if (context.startsWith("while scanning a quoted scalar")) {
			return Codes.YAML_UNCLOSED_QUOTE;
		}
		if (context.startsWith("while parsing a flow")) {
			return Codes.YAML_UNCLOSED_BRACKET;
		}
		if (problem.contains("(TAB)")) {
			return Codes.YAML_TAB;
		}
		if (problem.contains("cannot start any token") || problem.startsWith("found undefined alias")) {
			return Codes.YAML_RESERVED_CHARACTER;
		}
		return Codes.YAML;
	}

	/** Whether the mistake is where something opened rather than where reading failed. */
	private static boolean atOpening(String code) {
		return code.equals(Codes.YAML_MISSING_COLON) || code.equals(Codes.YAML_UNCLOSED_QUOTE)
				|| code.equals(Codes.YAML_UNCLOSED_BRACKET);
	}

	private static Mark first(Mark one, Mark other) {
		return (one != null) ? one : other;
	}

}
