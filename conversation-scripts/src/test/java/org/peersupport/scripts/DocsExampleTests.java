package org.peersupport.scripts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocsExampleTests {

	@Test
	void exampleInTheFormatReferenceIsAValidScript() throws IOException {
		String doc = Files.readString(Path.of("..", "docs", "scripts.md"), StandardCharsets.UTF_8);
		int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
		String example = doc.substring(start, doc.indexOf("```", start));

		LoadResult result = new ScriptLoader().load(example, "docs/scripts.md");

		assertThat(result.problems()).isEmpty();
		assertThat(result.scriptOrThrow().id()).isEqualTo("check-in");
	}

}
