package org.peersupport.requests;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peersupport.participants.VolunteerSkill;
import org.peersupport.participants.VolunteerSkills;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class CategorySkillsCheckTests {

	@Test
	void theDefaultCategoriesNameOnlyDefaultSkills() {
		assertThatNoException().isThrownBy(() -> RequestsConfiguration
			.checkSkills(properties(RequestsProperties.DEFAULT_CATEGORIES), new VolunteerSkills(List.of())));
	}

	@Test
	void aCategoryNamingASkillNobodyCanOfferStopsTheStartWithWhatToFix() {
		VolunteerSkills skills = new VolunteerSkills(
				List.of(new VolunteerSkill("time", Map.of("en", "Time")), new VolunteerSkill("driver", Map.of())));
		RequestsProperties properties = properties(
				List.of(RequestCategory.of("lift", "driver"), RequestCategory.of("other", "time", "pilot")));

		assertThatIllegalStateException().isThrownBy(() -> RequestsConfiguration.checkSkills(properties, skills))
			.withMessageContaining("'other'")
			.withMessageContaining("'pilot'")
			.withMessageContaining("[time, driver]")
			.withMessageContaining("peer.requests.categories[1].skills");
	}

	private static RequestsProperties properties(List<RequestCategory> categories) {
		return new RequestsProperties(categories, 3, null, null, null);
	}

}
