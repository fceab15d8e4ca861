package org.peersupport.participants;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class VolunteerSkillsTests {

	@Test
	void noneConfiguredMeansTheSixShippedSkills() {
		VolunteerSkills skills = new VolunteerSkills(List.of());

		assertThat(skills.keys()).containsExactly("psychologist", "job-coach", "lawyer", "medicine", "mentor", "time");
		assertThat(skills.label("lawyer", "pl")).isEqualTo("Pomoc prawna");
		assertThat(skills.all())
			.allSatisfy((skill) -> assertThat(skill.labels()).containsOnlyKeys("ru", "uk", "pl", "en"));
	}

	@Test
	void aConfiguredListReplacesTheShippedOneAndLabelsFallBackToEnglishThenTheKey() {
		VolunteerSkills skills = new VolunteerSkills(List.of(new VolunteerSkill("driver", Map.of("en", "I can drive")),
				new VolunteerSkill("cook", Map.of())));

		assertThat(skills.keys()).containsExactly("driver", "cook");
		assertThat(skills.contains("lawyer")).isFalse();
		assertThat(skills.label("driver", "uk")).isEqualTo("I can drive");
		assertThat(skills.label("cook", "en")).isEqualTo("cook");
	}

	@Test
	void keysAreShortAndUnique() {
		assertThatIllegalArgumentException().isThrownBy(() -> new VolunteerSkill("Driver!", Map.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new VolunteerSkills(
					List.of(new VolunteerSkill("driver", Map.of()), new VolunteerSkill("driver", Map.of()))))
			.withMessageContaining("'driver'");
	}

}
