package org.peersupport.web.deadletters;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterViewTests {

	@Test
	void tellsWhyInWordsFromTelegramsCodeAndDescription() {
		assertThat(letter(403, "Forbidden: bot was blocked by the user").whyKey())
			.isEqualTo("dead-letters.why.blocked");
		assertThat(letter(403, "Forbidden: user is deactivated").whyKey()).isEqualTo("dead-letters.why.deactivated");
		assertThat(letter(400, "Bad Request: chat not found").whyKey()).isEqualTo("dead-letters.why.chat-not-found");
		assertThat(letter(400, "Bad Request: message is too long").whyKey()).isEqualTo("dead-letters.why.too-long");
		assertThat(letter(429, "Too Many Requests: retry after 5").whyKey()).isEqualTo("dead-letters.why.too-many");
		assertThat(letter(502, "Bad Gateway").whyKey()).isEqualTo("dead-letters.why.unreachable");
		assertThat(letter(0, null).whyKey()).isEqualTo("dead-letters.why.unreachable");
		assertThat(letter(400, "Bad Request: can't parse entities").whyKey()).isEqualTo("dead-letters.why.other");
	}

	@Test
	void saysWhatDidNotArriveInWords() {
		assertThat(letter(400, "x").whatKey()).isEqualTo("dead-letters.what.message");
		assertThat(new DeadLetterView("u1-0", null, "EDIT_TEXT", 400, "x", 1, 3, Instant.EPOCH, Instant.EPOCH, false)
			.whatKey()).isEqualTo("dead-letters.what.edit");
		assertThat(new DeadLetterView("u1-0", null, "BAN_MEMBER", 400, "x", 1, 0, Instant.EPOCH, Instant.EPOCH, false)
			.whatKey()).isEqualTo("dead-letters.what.other");
	}

	private static DeadLetterView letter(int code, String error) {
		return new DeadLetterView("u1-0", null, "SEND_MESSAGE", code, error, 3, 12, Instant.EPOCH, Instant.EPOCH,
				false);
	}

}
