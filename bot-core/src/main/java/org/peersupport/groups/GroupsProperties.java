package org.peersupport.groups;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the peer groups ({@code peer.groups.*}).
 *
 * @param linkValidFor how long a personal invite link works after it is sent
 * @param noticeLifetime how long the bot's own notices in a group (welcomes, the rules)
 * stay before the bot deletes them; zero keeps them. Under 48 hours: Telegram lets a bot
 * delete its messages only within 48 hours of sending them
 * @param noticeCheck how often notices due for deletion are looked for
 */
@ConfigurationProperties("peer.groups")
public record GroupsProperties(@DefaultValue("7d") Duration linkValidFor, @DefaultValue("6h") Duration noticeLifetime,
		@DefaultValue("1m") Duration noticeCheck) {

	/** Telegram deletes a bot's message only this long after it was sent. */
	static final Duration DELETABLE_FOR = Duration.ofHours(48);

	public GroupsProperties {
		if (linkValidFor == null || linkValidFor.toDays() < 1) {
			throw new IllegalArgumentException("peer.groups.link-valid-for must be at least a day");
		}
		noticeLifetime = (noticeLifetime != null) ? noticeLifetime : Duration.ofHours(6);
		if (noticeLifetime.isNegative() || noticeLifetime.compareTo(DELETABLE_FOR) >= 0) {
			throw new IllegalArgumentException("peer.groups.notice-lifetime must be 0 (keep) to under 48 hours");
		}
		noticeCheck = (noticeCheck != null) ? noticeCheck : Duration.ofMinutes(1);
		if (noticeCheck.toMillis() < 1) {
			throw new IllegalArgumentException("peer.groups.notice-check must be positive");
		}
	}

}
