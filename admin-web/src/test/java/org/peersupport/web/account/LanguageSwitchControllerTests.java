package org.peersupport.web.account;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageSwitchControllerTests {

	@ParameterizedTest
	@CsvSource({ "/staff?page=2, /staff?page=2", "//evil.example/x, /", "https://evil.example/, /",
			"/\\evil.example, /", "staff, /" })
	void languageSwitchOnlyReturnsToPathsOnThisSite(String back, String expected) {
		assertThat(LanguageSwitchController.safeLocalPath(back)).isEqualTo(expected);
	}

}
