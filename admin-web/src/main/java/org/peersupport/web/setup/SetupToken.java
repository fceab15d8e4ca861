package org.peersupport.web.setup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * The one-time token that opens {@code /setup} while no admin exists. Kept in memory
 * only; a restart makes a new one.
 */
@Component
public class SetupToken {

	private final SecureRandom random = new SecureRandom();

	private final AtomicReference<String> token = new AtomicReference<>();

	/** The current token, if setup is open. */
	public Optional<String> current() {
		return Optional.ofNullable(this.token.get());
	}

	String issue() {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		String issued = HexFormat.of().formatHex(bytes);
		this.token.set(issued);
		return issued;
	}

	/** Whether {@code typed} is the token; compared in constant time. */
	boolean matches(String typed) {
		String expected = this.token.get();
		return expected != null && typed != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				typed.strip().getBytes(StandardCharsets.UTF_8));
	}

	void spend() {
		this.token.set(null);
	}

}
