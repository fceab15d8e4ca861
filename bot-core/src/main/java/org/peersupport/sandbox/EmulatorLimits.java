package org.peersupport.sandbox;

/**
 * Telegram's send limits as the emulator enforces them: global per second, per private
 * chat (burst and steady rate) and per group per minute.
 *
 * @param globalPerSecond calls per second over all chats
 * @param privateChatBurst calls a private chat may receive at once
 * @param privateChatPerSecond steady calls per second to one private chat
 * @param groupPerMinute calls per minute to one group
 * @param enabled whether limits are enforced at all
 */
public record EmulatorLimits(int globalPerSecond, int privateChatBurst, double privateChatPerSecond, int groupPerMinute,
		boolean enabled) {

	public EmulatorLimits {
		if (enabled
				&& (globalPerSecond < 1 || privateChatBurst < 1 || privateChatPerSecond <= 0 || groupPerMinute < 1)) {
			throw new IllegalArgumentException("Enabled limits must be positive");
		}
	}

	/**
	 * A little above what a correct bot sends (30/s, 1/s per chat with a burst of 3,
	 * 20/min per group), so a correct bot never sees a 429.
	 * @return the default limits
	 */
	public static EmulatorLimits telegramDefaults() {
		return new EmulatorLimits(35, 4, 1.2, 24, true);
	}

	/**
	 * No limits at all, e.g. for benchmarks of the bot's own limiter.
	 * @return limits that are not enforced
	 */
	public static EmulatorLimits off() {
		return new EmulatorLimits(0, 0, 0, 0, false);
	}

}
