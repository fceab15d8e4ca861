package org.peersupport.participants;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProgrammeTests {

	@Test
	void aProgrammeWithoutAChecklistGetsTheDefaultItems() {
		Programme programme = programme(null);

		assertThat(programme.vetting()).extracting(VettingItem::key)
			.containsExactly("identity-checked", "reference-contacted", "training-done");
		assertThat(programme.vetting()).extracting(VettingItem::required).containsExactly(true, false, false);
		assertThat(programme.vetting().get(1).text("pl")).isEqualTo("Kontakt z organizacją lub osobą polecającą");
	}

	@Test
	void theIdentityCheckIsAlwaysOnTheListAndAlwaysRequired() {
		Programme withoutIdentity = programme(
				List.of(new VettingItem("mentor-school", Map.of("en", "Mentors' school finished"), false)));
		Programme identityOptional = programme(List.of(new VettingItem("identity-checked", Map.of("en", "ID"), false),
				new VettingItem("consent-signed", Map.of("en", "Consent signed"), true)));

		assertThat(withoutIdentity.vetting()).extracting(VettingItem::key)
			.containsExactly("identity-checked", "mentor-school");
		assertThat(withoutIdentity.vetting().get(0).required()).isTrue();
		assertThat(identityOptional.vetting()).extracting(VettingItem::required).containsExactly(true, true);
		assertThat(identityOptional.vettingItem("consent-signed")).isPresent();
		assertThat(identityOptional.vettingItem("training-done")).isEmpty();
	}

	@Test
	void anItemTextFallsBackToEnglishThenTheKey() {
		VettingItem item = new VettingItem("reference-contacted", Map.of("en", "Reference contacted"), false);

		assertThat(item.text("ru")).isEqualTo("Reference contacted");
		assertThat(new VettingItem("bare", Map.of(), false).text("ru")).isEqualTo("bare");
	}

	@Test
	void badKeysAndRepeatedItemsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new VettingItem("Has Spaces", Map.of(), false));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> programme(
					List.of(new VettingItem("training", Map.of(), false), new VettingItem("training", Map.of(), true))))
			.withMessageContaining("training");
	}

	@Test
	void keysTheApprovalsAuditEntryCannotHoldAreRefusedWithAClearReason() {
		assertThatIllegalArgumentException().isThrownBy(() -> new VettingItem("status", Map.of(), false))
			.withMessageContaining("audit entry uses them");
		assertThatIllegalArgumentException().isThrownBy(() -> new VettingItem("police-check-token", Map.of(), false))
			.withMessageContaining("looks like a secret");
		assertThatIllegalArgumentException().isThrownBy(() -> new VettingItem("password-given", Map.of(), false));
		assertThat(new VettingItem("police-check", Map.of(), false).key()).isEqualTo("police-check");
	}

	@Test
	void onlyAConfiguredPlainLanguageProgrammeSpeaksPlainly() {
		Programmes programmes = new Programmes(
				new ProgrammesProperties(List.of(programme(null), new Programme("circles", Map.of("en", "Circles"),
						Map.of(), Map.of(), true, ZoneId.of("UTC"), null, null))));

		assertThat(programmes.plainLanguage("circles")).isTrue();
		assertThat(programmes.plainLanguage("recovery")).isFalse();
		assertThat(programmes.plainLanguage(null)).as("no programme chosen yet").isFalse();
		assertThat(programmes.plainLanguage("gone")).as("no longer configured").isFalse();
	}

	private static Programme programme(List<VettingItem> vetting) {
		return new Programme("recovery", Map.of("en", "Recovery"), Map.of(), Map.of(), false, ZoneId.of("UTC"), vetting,
				null);
	}

}
