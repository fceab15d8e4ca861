package org.peersupport.requests;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peersupport.scripts.DefaultScripts;
import org.peersupport.scripts.Script;
import org.peersupport.scripts.ScriptLoader;
import org.peersupport.scripts.ScriptProblem;

import static org.assertj.core.api.Assertions.assertThat;

class IntakeRequirementTests {

	private final IntakeRequirement requirement = new IntakeRequirement(
			new RequestsProperties(null, 3, null, null, null));

	@Test
	void aCategorysIntakeThatCreatesNoRequestIsRefused() {
		String yaml = DefaultScripts.read("scripts/request-housing.yaml").replace("    actions: [createRequest]\n", "");
		Script housing = new ScriptLoader().load(yaml, "request-housing.yaml").scriptOrThrow();

		assertThat(this.requirement.check(housing)).extracting(ScriptProblem::code)
			.containsExactly(IntakeRequirement.CODE);
	}

	@Test
	void theShippedIntakesPassAndScriptsNoCategoryNamesAreNotChecked() {
		for (Script script : DefaultScripts.all()) {
			assertThat(this.requirement.check(script)).as(script.id()).isEmpty();
		}
		String yaml = DefaultScripts.read("scripts/request-housing.yaml")
			.replace("    actions: [createRequest]\n", "")
			.replace("id: request-housing", "id: housing-survey");
		assertThat(this.requirement.check(new ScriptLoader().load(yaml, "survey.yaml").scriptOrThrow())).isEmpty();
	}

	@Test
	void everyShippedCategoryNamesAShippedIntakeInBothVersions() {
		List<String> shipped = DefaultScripts.all().stream().map(Script::id).toList();
		for (RequestCategory category : RequestsProperties.DEFAULT_CATEGORIES) {
			assertThat(shipped).as(category.key()).contains(category.script(), category.plainScript());
		}
	}

}
