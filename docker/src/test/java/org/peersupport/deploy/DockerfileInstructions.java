package org.peersupport.deploy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dockerfile read as its instructions and build stages: enough to check its rules
 * without a Docker engine. Comments and parser directives are dropped, continuation lines
 * joined, and the {@code ARG} defaults declared before the first {@code FROM} substituted
 * into {@code FROM}.
 */
final class DockerfileInstructions {

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)}?");

	private final List<Stage> stages;

	private DockerfileInstructions(List<Stage> stages) {
		this.stages = stages;
	}

	static DockerfileInstructions parse(String text) {
		List<Instruction> instructions = new ArrayList<>();
		StringBuilder pending = new StringBuilder();
		int startLine = 0;
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.startsWith("#") || (line.isEmpty() && pending.length() == 0)) {
				continue;
			}
			if (pending.length() == 0) {
				startLine = i + 1;
			}
			boolean continued = line.endsWith("\\");
			pending.append(continued ? line.substring(0, line.length() - 1) : line).append(' ');
			if (!continued) {
				instructions.add(Instruction.of(pending.toString().strip(), startLine));
				pending.setLength(0);
			}
		}
		return new DockerfileInstructions(stages(instructions));
	}

	private static List<Stage> stages(List<Instruction> instructions) {
		Map<String, String> globalArgs = new HashMap<>();
		List<Stage> stages = new ArrayList<>();
		Stage current = null;
		for (Instruction instruction : instructions) {
			if (instruction.is("FROM")) {
				String[] words = instruction.arguments().split("\\s+");
				String image = substitute(words[0], globalArgs);
				String name = (words.length == 3 && words[1].equalsIgnoreCase("AS")) ? words[2] : null;
				current = new Stage(image, name, new ArrayList<>());
				stages.add(current);
			}
			else if (current == null) {
				if (instruction.is("ARG")) {
					String[] nameAndDefault = instruction.arguments().split("=", 2);
					globalArgs.put(nameAndDefault[0], (nameAndDefault.length == 2) ? nameAndDefault[1] : "");
				}
			}
			else {
				current.instructions().add(instruction);
			}
		}
		return stages;
	}

	private static String substitute(String value, Map<String, String> args) {
		Matcher matcher = VARIABLE.matcher(value);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String replacement = args.get(matcher.group(1));
			if (replacement == null) {
				throw new IllegalStateException("FROM uses " + matcher.group(1) + ", which no ARG declares");
			}
			matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	List<Stage> stages() {
		return this.stages;
	}

	Stage finalStage() {
		return this.stages.get(this.stages.size() - 1);
	}

	/** One instruction, its keyword upper-cased and its arguments on one line. */
	record Instruction(String keyword, String arguments, int line) {

		static Instruction of(String text, int line) {
			String[] parts = text.split("\\s+", 2);
			return new Instruction(parts[0].toUpperCase(Locale.ROOT), (parts.length == 2) ? parts[1] : "", line);
		}

		boolean is(String keyword) {
			return this.keyword.equals(keyword);
		}

	}

	/**
	 * A build stage: its base image (ARGs substituted), its name, and its instructions.
	 */
	record Stage(String image, String name, List<Instruction> instructions) {

		List<Instruction> all(String keyword) {
			return this.instructions.stream().filter((instruction) -> instruction.is(keyword)).toList();
		}

		Instruction last(String keyword) {
			List<Instruction> found = all(keyword);
			return found.isEmpty() ? null : found.get(found.size() - 1);
		}

		/**
		 * The variables the stage's {@code ENV} instructions set
		 * ({@code ENV A=1 B="x y"}).
		 */
		Map<String, String> environment() {
			Map<String, String> environment = new HashMap<>();
			Pattern pair = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|\\S*)");
			for (Instruction env : all("ENV")) {
				Matcher matcher = pair.matcher(env.arguments());
				while (matcher.find()) {
					String value = matcher.group(2);
					environment.put(matcher.group(1),
							value.startsWith("\"") ? value.substring(1, value.length() - 1) : value);
				}
			}
			return environment;
		}

	}

}
