package org.peersupport.web.dashboard;

import org.peersupport.web.security.PanelUser;

/**
 * A card on the dashboard. A feature adds one by declaring a bean of this type.
 */
public interface DashboardCard {

	/** Message key of the card's title. */
	String titleKey();

	/** The value shown, computed for this viewer (respect their programme scope). */
	String value(PanelUser viewer);

	/**
	 * The panel path of the list the number counts (with its filter), or null when there
	 * is none.
	 */
	default String link() {
		return null;
	}

	/** Position on the dashboard, lowest first. */
	default int order() {
		return 100;
	}

	/** Whether this viewer sees the card at all. */
	default boolean isVisibleTo(PanelUser viewer) {
		return true;
	}

}
