package org.peersupport.scripts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TemplatesTests {

	private static String html(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	@Test
	void placeholdersAreFilledWithEscapedFieldValues() {
		String rendered = Templates.render("Hi {{pseudonym}}, since {{ releaseDate }}: {{needs}}, {{count}}",
				Map.of("pseudonym", "<b>Fox</b> & co", "releaseDate", LocalDate.of(2025, 3, 14), "needs",
						List.of("job", "legal"), "count", new BigDecimal("2.50")),
				TemplatesTests::html);

		assertThat(rendered).isEqualTo("Hi &lt;b&gt;Fox&lt;/b&gt; &amp; co, since 2025-03-14: job, legal, 2.5");
	}

	@Test
	void missingFieldsRenderEmptyAndReplacementCharactersStayLiteral() {
		assertThat(Templates.render("[{{gone}}] {{v}}", Map.of("v", "$1 \\"), (text) -> text)).isEqualTo("[] $1 \\");
	}

	@Test
	void placeholdersAreListedInOrder() {
		assertThat(Templates.placeholders("{{b}} {{a}} {{b}} {notOne}")).containsExactly("b", "a");
	}

}
