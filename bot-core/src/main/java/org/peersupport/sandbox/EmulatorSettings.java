package org.peersupport.sandbox;

import java.util.Objects;

/**
 * How to start a {@link BotApiEmulator}.
 *
 * @param port loopback port to bind, 0 for an ephemeral one
 * @param botToken the token the bot must use in {@code /bot<token>/<method>}
 * @param botUsername the bot's username answered by getMe
 * @param botId the bot's user id
 * @param firstUpdateId the id of the first update issued (later ones count up from it,
 * unless told to jump: {@link BotApiEmulator#nextUpdateId})
 * @param limits the send limits to enforce
 */
public record EmulatorSettings(int port, String botToken, String botUsername, long botId, long firstUpdateId,
		EmulatorLimits limits) {

	public EmulatorSettings {
		Objects.requireNonNull(botToken, "botToken");
		Objects.requireNonNull(botUsername, "botUsername");
		Objects.requireNonNull(limits, "limits");
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("Port out of range: " + port);
		}
		if (firstUpdateId < 1) {
			throw new IllegalArgumentException("firstUpdateId must be positive");
		}
	}

	/**
	 * Ephemeral port, the given token, bot {@code peer_support_sandbox_bot} with id
	 * 7000000001, updates from 1 and Telegram's default limits.
	 * @param token the bot token
	 * @return the settings
	 */
	public static EmulatorSettings defaults(String token) {
		return new EmulatorSettings(0, token, "peer_support_sandbox_bot", 7_000_000_001L, 1,
				EmulatorLimits.telegramDefaults());
	}

	/**
	 * The same settings with another first update id, e.g. the last persisted id + 1.
	 * @param id the first update id
	 * @return new settings
	 */
	public EmulatorSettings withFirstUpdateId(long id) {
		return new EmulatorSettings(this.port, this.botToken, this.botUsername, this.botId, id, this.limits);
	}

	/**
	 * The same settings with other limits.
	 * @param newLimits the limits
	 * @return new settings
	 */
	public EmulatorSettings withLimits(EmulatorLimits newLimits) {
		return new EmulatorSettings(this.port, this.botToken, this.botUsername, this.botId, this.firstUpdateId,
				newLimits);
	}

	/**
	 * The same settings with another port.
	 * @param newPort the port
	 * @return new settings
	 */
	public EmulatorSettings withPort(int newPort) {
		return new EmulatorSettings(newPort, this.botToken, this.botUsername, this.botId, this.firstUpdateId,
				this.limits);
	}

	@Override
	public String toString() {
		return "EmulatorSettings[port=" + this.port + ", botUsername=" + this.botUsername + ", botId=" + this.botId
				+ ", firstUpdateId=" + this.firstUpdateId + ", limits=" + this.limits + "]";
	}

}
