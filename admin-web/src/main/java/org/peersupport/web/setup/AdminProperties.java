package org.peersupport.web.setup;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin from the environment ({@code PEER_ADMIN_USERNAME},
 * {@code PEER_ADMIN_PASSWORD}); used only while no admin exists.
 *
 * @param username login name of the first admin
 * @param password password of the first admin
 */
@ConfigurationProperties("peer.admin")
public record AdminProperties(String username, String password) {

	boolean isSet() {
		return this.username != null && !this.username.isBlank() && this.password != null && !this.password.isBlank();
	}

	@Override
	public String toString() {
		return "AdminProperties[username=" + this.username + ", password=****]";
	}

}
