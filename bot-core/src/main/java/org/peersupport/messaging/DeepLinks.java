package org.peersupport.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the {@link DeepLink} a {@code /start} payload belongs to; two features claiming
 * one prefix fail the start.
 */
public class DeepLinks {

	private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_]{1,32}");

	private final Map<String, DeepLink> byPrefix = new HashMap<>();

	public DeepLinks(List<DeepLink> links) {
		for (DeepLink link : links) {
			if (!PREFIX.matcher(link.prefix()).matches()) {
				throw new IllegalStateException("Deep link prefix must be letters, digits or '_': " + link.prefix());
			}
			DeepLink previous = this.byPrefix.putIfAbsent(link.prefix(), link);
			if (previous != null) {
				throw new IllegalStateException("Both " + previous.getClass().getSimpleName() + " and "
						+ link.getClass().getSimpleName() + " claim the deep link prefix '" + link.prefix() + "'");
			}
		}
	}

	/**
	 * Opens the link the payload names.
	 * @return false when no feature claims it or the feature did not know its argument
	 * (the caller then treats it as a plain {@code /start})
	 */
	public boolean open(String payload, InboundEvent event, Replies replies) {
		if (payload == null || payload.isBlank()) {
			return false;
		}
		String trimmed = payload.strip();
		int dash = trimmed.indexOf('-');
		String prefix = (dash < 0) ? trimmed : trimmed.substring(0, dash);
		DeepLink link = this.byPrefix.get(prefix);
		if (link == null) {
			return false;
		}
		return link.open((dash < 0) ? "" : trimmed.substring(dash + 1), event, replies);
	}

}
