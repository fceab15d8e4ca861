package org.peersupport.web.account;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.peersupport.web.layout.BadRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LanguageSwitchControllerTests {

	@ParameterizedTest
	@CsvSource({ "/staff?page=2, /staff?page=2", "//evil.example/x, /", "https://evil.example/, /",
			"/\\evil.example, /", "staff, /" })
	void languageSwitchOnlyReturnsToPathsOnThisSite(String back, String expected) {
		assertThat(LanguageSwitchController.safeLocalPath(back)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/{x}", "/staff?page={page}", "/a b" })
	void aReturnAddressThatIsNoUriIsABadRequest(String back) {
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> LanguageSwitchController.safeLocalPath(back));
	}

}
