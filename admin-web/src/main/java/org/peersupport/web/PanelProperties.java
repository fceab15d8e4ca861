package org.peersupport.web;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the admin panel ({@code peer.panel.*}).
 *
 * @param sessionTimeout how long an idle panel session lives
 * @param defaultZone the time zone of a new staff account
 * @param lockout when repeated wrong passwords lock an account, and for how long
 */
@ConfigurationProperties("peer.panel")
public record PanelProperties(@DefaultValue("30m") Duration sessionTimeout, @DefaultValue("UTC") ZoneId defaultZone,
		@DefaultValue Lockout lockout) {

	/**
	 * Login lockout: after {@code maxFailures} wrong passwords in a row the account is
	 * locked for {@code duration}.
	 *
	 * @param maxFailures wrong passwords in a row that lock the account
	 * @param duration how long the lock lasts
	 */
	public record Lockout(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration) {
	}

}
