package org.peersupport.messaging;

import java.util.Set;

/**
 * A feature's say in who a person is (e.g. volunteers adds {@link Audience#VOLUNTEER} for
 * an approved volunteer's chat); {@link Commands} unites every source's answer.
 */
@FunctionalInterface
public interface AudienceSource {

	/** The audiences this feature knows the private chat's person to belong to. */
	Set<Audience> of(long chatId);

}
