package org.peersupport.conversation;

import java.util.MissingResourceException;

/**
 * A time zone as a person reads it: the city's name in their language ("Москва" for
 * {@code Europe/Moscow}); a zone the texts do not name shows its city as the zone id
 * spells it.
 */
public final class ZoneNames {

	private ZoneNames() {
	}

	/** The city of a zone id in {@code locale}. */
	public static String city(String zoneId, String locale) {
		try {
			return ConversationTexts.get("zone." + zoneId, locale);
		}
		catch (MissingResourceException ex) {
			return zoneId.substring(zoneId.lastIndexOf('/') + 1).replace('_', ' ');
		}
	}

}
