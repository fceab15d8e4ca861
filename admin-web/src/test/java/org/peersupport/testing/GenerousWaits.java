package org.peersupport.testing;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives every Awaitility wait of the suite a generous default limit. A wait ends as soon
 * as its condition holds, so the limit costs nothing when things work; it only decides
 * how long a slow, shared CI machine may take before a wait counts as failed. Registered
 * for every test class through JUnit's extension auto-detection
 * ({@code junit-platform.properties}).
 */
public class GenerousWaits implements BeforeAllCallback {

	static final Duration DEFAULT_LIMIT = Duration.ofSeconds(30);

	@Override
	public void beforeAll(ExtensionContext context) {
		Awaitility.setDefaultTimeout(DEFAULT_LIMIT);
	}

}
