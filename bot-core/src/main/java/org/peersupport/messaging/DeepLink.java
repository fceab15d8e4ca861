package org.peersupport.messaging;

/**
 * A {@code /start} payload a feature opens ({@code https://t.me/<bot>?start=<payload>}),
 * declared as a bean: the payload {@code prefix} or {@code prefix-<argument>} reaches
 * {@link #open}. {@code /start} itself stays the one command; features add links without
 * editing it.
 */
public interface DeepLink {

	/**
	 * The payload's first word: letters, digits and underscores (Telegram allows
	 * {@code A-Z a-z 0-9 _ -} in a payload, 64 at most; {@code -} separates the
	 * argument).
	 */
	String prefix();

	/**
	 * Opens the link for the person who followed it.
	 * @param argument what follows {@code prefix-}, or an empty string
	 * @return false when the link names nothing this feature knows (e.g. an unknown
	 * programme): {@code /start} then goes on as if it had no link
	 */
	boolean open(String argument, InboundEvent event, Replies replies);

}
