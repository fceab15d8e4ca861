package org.peersupport.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the update path: worker threads, retries, retention and the send rate
 * limits.
 *
 * @param workers threads that handle updates and send calls (virtual threads are used
 * when the JDK has them); most of a handler's time is spent waiting for the store, and
 * the store's writes are grouped across the updates in flight, so more threads make fewer
 * and larger writes (docs/benchmarks.md: 32 threads use about half the CPU per message of
 * 8 on the embedded H2 store)
 * @param maxAttempts failed attempts before an outgoing call is dead-lettered
 * @param retryInitial first wait after a failed send
 * @param retryMax longest wait between send attempts
 * @param sweepInterval how often stored work that is due is picked up again (after a
 * crash or a retry)
 * @param dedupRetention how long a handled update's id is kept to drop Telegram's repeats
 * @param unrecordedSends how many calls may be on their way to Telegram or sent but not
 * yet recorded as sent, at most; after a crash, at most these can be sent a second time
 * @param rate the send rate limits
 * @param sharedSweepInterval with several instances on one store, how often the sending
 * instance looks for calls the others stored (they cannot wake it)
 * @param deadLetterRetention how long a call given up on (a dead letter) is kept for
 * staff to send again; after that it is forgotten with what it said (e.g. a relayed
 * message)
 */
@ConfigurationProperties("peer.messaging")
public record MessagingProperties(@DefaultValue("32") int workers, @DefaultValue("8") int maxAttempts,
		@DefaultValue("1s") Duration retryInitial, @DefaultValue("5m") Duration retryMax,
		@DefaultValue("10s") Duration sweepInterval, @DefaultValue("48h") Duration dedupRetention,
		@DefaultValue("32") int unrecordedSends, @DefaultValue Rate rate,
		@DefaultValue("250ms") Duration sharedSweepInterval, @DefaultValue("30d") Duration deadLetterRetention) {

	public MessagingProperties {
		deadLetterRetention = (deadLetterRetention != null) ? deadLetterRetention : Duration.ofDays(30);
		if (workers < 1 || unrecordedSends < 1) {
			throw new IllegalArgumentException(
					"peer.messaging.workers and peer.messaging.unrecorded-sends must be at least 1");
		}
	}

	/**
	 * Token-bucket limits for outgoing calls (Telegram's published limits by default).
	 *
	 * @param enabled whether limits apply (benchmarks switch them off)
	 * @param globalPerSecond calls per second over all chats
	 * @param globalBurst calls allowed at once over all chats
	 * @param privatePerSecond messages per second to one private chat
	 * @param privateBurst messages allowed at once to one private chat
	 * @param groupPerMinute messages per minute to one group
	 * @param groupBurst messages allowed at once to one group
	 */
	public record Rate(@DefaultValue("true") boolean enabled, @DefaultValue("30") int globalPerSecond,
			@DefaultValue("30") int globalBurst, @DefaultValue("1") int privatePerSecond,
			@DefaultValue("3") int privateBurst, @DefaultValue("20") int groupPerMinute,
			@DefaultValue("3") int groupBurst) {
	}

}
