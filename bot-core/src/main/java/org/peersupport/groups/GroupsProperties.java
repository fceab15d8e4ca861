package org.peersupport.groups;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the peer groups ({@code peer.groups.*}).
 *
 * @param linkValidFor how long a personal invite link works after it is sent
 */
@ConfigurationProperties("peer.groups")
public record GroupsProperties(@DefaultValue("7d") Duration linkValidFor) {

	public GroupsProperties {
		if (linkValidFor == null || linkValidFor.toDays() < 1) {
			throw new IllegalArgumentException("peer.groups.link-valid-for must be at least a day");
		}
	}

}
