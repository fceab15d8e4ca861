package org.peersupport.conversation;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CallbackSignerTests {

	private final CallbackSigner signer = new CallbackSigner(
			"a test key of some length".getBytes(StandardCharsets.UTF_8));

	@Test
	void signedDataVerifiesInItsChatAndContextOnly() {
		String data = this.signer.sign(42, "c", "1:consent:agree", "onboarding@1");
		assertThat(data).startsWith("c:1:consent:agree:");
		assertThat(this.signer.verify(42, data, "onboarding@1")).contains("1:consent:agree");
		assertThat(this.signer.verify(43, data, "onboarding@1")).as("another chat").isEmpty();
		assertThat(this.signer.verify(42, data, "onboarding@2")).as("another script version").isEmpty();
	}

	@Test
	void aChangedPayloadOrSignatureIsRefused() {
		String data = this.signer.sign(42, "c", "1:consent:agree", "onboarding@1");
		assertThat(this.signer.verify(42, data.replace(":agree:", ":later:"), "onboarding@1")).isEmpty();
		assertThat(this.signer.verify(42, data.substring(0, data.length() - 1) + "A", "onboarding@1")).isEmpty();
		assertThat(this.signer.verify(42, "c:garbage", "onboarding@1")).isEmpty();
		assertThat(this.signer.verify(42, null, "onboarding@1")).isEmpty();
	}

	@Test
	void theLongestDataTheBudgetAllowsFitsTelegramsLimit() {
		String payload = "zz:" + "s".repeat(16) + ":" + "v".repeat(24);
		assertThat(this.signer.sign(-1001234567890L, "c", payload, "x").getBytes(StandardCharsets.UTF_8))
			.hasSizeLessThanOrEqualTo(64);
		assertThatIllegalArgumentException().isThrownBy(() -> this.signer.sign(1, "c", payload + "-too-long", "x"));
	}

	@Test
	void aShortKeyIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CallbackSigner(new byte[8]));
	}

}
