package org.peersupport.safety;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peersupport.participants.Programme;
import org.peersupport.participants.Programmes;
import org.peersupport.participants.ProgrammesProperties;

import static org.assertj.core.api.Assertions.assertThat;

class HotlineTests {

	private final Hotline hotline = new Hotline(null,
			new Programmes(new ProgrammesProperties(List.of(
					new Programme("recovery", Map.of("en", "Recovery"), Map.of("en", "0800 100", "uk", "0 800 111"),
							Map.of("uk", "116 123"), false, ZoneId.of("UTC"), null, null),
					new Programme("circles", Map.of("en", "Circles"), Map.of(), Map.of(), true, ZoneId.of("UTC"), null,
							null)))));

	@Test
	void theTeamIsSaidToKnowOnlyWhenTheAlertWasKept() {
		assertThat(this.hotline.crisisReply("recovery", "en", CrisisKind.SELF_HARM, true))
			.contains("our team has been told");
		assertThat(this.hotline.crisisReply("recovery", "en", CrisisKind.SELF_HARM, false)).doesNotContain("team")
			.contains("112")
			.contains("0800 100");
	}

	@Test
	void aLineIsGivenOnlyInItsOwnLanguage() {
		String polish = this.hotline.crisisReply("recovery", "pl", CrisisKind.VIOLENCE, true);
		assertThat(polish).startsWith("Bardzo mi przykro")
			.contains("To nie Twoja wina")
			.contains("112")
			.doesNotContain("0800")
			.doesNotContain("116 123");
		String ukrainian = this.hotline.crisisReply("recovery", "uk", CrisisKind.VIOLENCE, true);
		assertThat(ukrainian).contains("Ви ні в чому не винні").contains("116 123").contains("0 800 111");
	}

	@Test
	void theViolenceLineIsGivenForViolenceOnly() {
		assertThat(this.hotline.crisisReply("recovery", "uk", CrisisKind.OVERDOSE, true)).doesNotContain("116 123")
			.contains("0 800 111");
	}

	@Test
	void aPlainLanguageProgrammeGetsThePlainVariantInEveryLanguage() {
		for (String locale : List.of("ru", "uk", "pl", "en")) {
			for (CrisisKind kind : CrisisKind.values()) {
				String plain = this.hotline.crisisReply("circles", locale, kind, true);
				assertThat(plain).isNotEqualTo(this.hotline.crisisReply("recovery", locale, kind, true));
				for (String sentence : plain.split("(?<=[.!?:])\\s+")) {
					assertThat(sentence.split("\\s+")).as(sentence).hasSizeLessThanOrEqualTo(15);
				}
			}
		}
	}

	@Test
	void someoneWithoutAProgrammeGetsTheOrdinaryText() {
		assertThat(this.hotline.crisisReply(null, "en", CrisisKind.OTHER, true))
			.startsWith("Thank you for telling me how hard");
	}

}
