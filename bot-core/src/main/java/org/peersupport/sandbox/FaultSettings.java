package org.peersupport.sandbox;

/**
 * Fault injection settings as the user API takes them ({@code POST /sandbox/faults}).
 *
 * @param serverErrorRate share of bot calls answered with 502/500 (0..1)
 * @param delayMs delay added to each bot call
 * @param dropConnectionRate share of bot calls whose connection is closed without answer
 * @param seed seed of the random source, or null to keep the current one
 * @param includeGetUpdates whether getUpdates may fail too
 */
public record FaultSettings(double serverErrorRate, long delayMs, double dropConnectionRate, Long seed,
		boolean includeGetUpdates) {

	/**
	 * No faults.
	 * @return settings without faults
	 */
	public static FaultSettings none() {
		return new FaultSettings(0, 0, 0, null, false);
	}

}
