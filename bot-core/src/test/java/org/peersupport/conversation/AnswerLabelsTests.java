package org.peersupport.conversation;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.scripts.DefaultScripts;
import org.peersupport.scripts.Script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;

class AnswerLabelsTests {

	private final ScriptCatalog catalog = mock(ScriptCatalog.class);

	private Script onboarding;

	@BeforeEach
	void shippedOnboarding() {
		this.onboarding = DefaultScripts.all().stream().filter((s) -> s.id().equals("onboarding")).findFirst().get();
		willThrow(new IllegalStateException("not stored")).given(this.catalog).version(anyString(), anyInt());
		willReturn(this.onboarding).given(this.catalog).version("onboarding", this.onboarding.version());
	}

	private AnswerLabels labels() {
		return AnswerLabels.of(this.catalog, "onboarding@" + this.onboarding.version());
	}

	@Test
	void aButtonValueIsShownAsTheLabelInThePersonsLanguage() {
		assertThat(labels().display("needs", "job", "en")).isEqualTo("Help finding work");
		assertThat(labels().display("needs", "job", "ru")).isEqualTo("Помощь с работой");
	}

	@Test
	void severalChoicesAreEachLabelled() {
		assertThat(labels().display("needs", List.of("housing", "legal"), "pl")).isEqualTo("Mieszkanie, Pomoc prawna");
	}

	@Test
	void yesAndNoAreLocalized() {
		assertThat(labels().display("anything", true, "uk")).isEqualTo("так");
		assertThat(labels().display("anything", false, "en")).isEqualTo("no");
	}

	@Test
	void freeTextAndUnknownValuesAreShownAsStored() {
		assertThat(labels().display("pseudonym", "Quiet Heron", "en")).isEqualTo("Quiet Heron");
		assertThat(labels().display("needs", "something-else", "en")).isEqualTo("something-else");
	}

	@Test
	void aScriptThatIsNoLongerStoredLeavesValuesAsStored() {
		assertThat(AnswerLabels.of(this.catalog, "onboarding@999").display("needs", "job", "en")).isEqualTo("job");
		assertThat(AnswerLabels.of(this.catalog, null).display("needs", "job", "en")).isEqualTo("job");
		assertThat(AnswerLabels.of(this.catalog, "garbage").display("needs", "job", "en")).isEqualTo("job");
	}

}
