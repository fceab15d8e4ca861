package org.peersupport.silence;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a person may be silent before their data is erased ({@code peer.silence}). The
 * consent texts name the period: change them with it.
 *
 * @param eraseAfter the silence after which everything kept about a person is erased
 * (counted from their last message, button press or consent)
 * @param warnBefore how long before the erasure the person is warned; the erasure waits
 * at least this long after the warning
 * @param checkInterval how often the silent are looked for
 */
@ConfigurationProperties("peer.silence")
public record SilenceProperties(@DefaultValue("12m") Period eraseAfter, @DefaultValue("7d") Duration warnBefore,
		@DefaultValue("1h") Duration checkInterval) {

}
