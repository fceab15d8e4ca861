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
 * @param lockout how many password checks a login name gets, and for how long it is
 * locked after them
 * @param trustedProxy whether the panel runs behind a TLS proxy whose forwarded headers
 * (X-Forwarded-Proto, -Host, -Port, -For) are trusted; applied to the servlet container
 * by {@code TrustedProxySettings}
 */
@ConfigurationProperties("peer.panel")
public record PanelProperties(@DefaultValue("30m") Duration sessionTimeout, @DefaultValue("UTC") ZoneId defaultZone,
		@DefaultValue Lockout lockout, @DefaultValue("false") boolean trustedProxy) {

	/**
	 * Login lockout: a login name gets at most {@code maxFailures} password checks within
	 * {@code duration}; the one that reaches the limit locks the name for
	 * {@code duration}. A successful sign-in starts afresh.
	 *
	 * @param maxFailures password checks per window; the last one locks the name
	 * @param duration the window, and how long the lock lasts
	 */
	public record Lockout(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration) {
	}

}
