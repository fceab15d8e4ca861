package org.peersupport.web.dashboard;

import java.util.List;

import org.peersupport.web.security.PanelUser;

/**
 * Groups of figures on the dashboard, below the cards, for numbers that come in sets
 * (counts by band or by category). A feature adds them by declaring a bean of this type;
 * one call computes all of its groups, so the feature can count them in one query.
 */
public interface DashboardFigures {

	/**
	 * The groups shown to this viewer, computed within their programme scope, labels in
	 * their language.
	 */
	List<Group> groups(PanelUser viewer);

	/** Position on the dashboard, lowest first. */
	default int order() {
		return 100;
	}

	/**
	 * A titled set of figures.
	 *
	 * @param id the section's HTML id
	 * @param titleKey message key of its heading
	 * @param note a sentence saying what the figures count, or null
	 * @param figures the figures, in order
	 */
	record Group(String id, String titleKey, String note, List<Figure> figures) {

		public Group {
			figures = List.copyOf(figures);
		}

	}

	/**
	 * One figure.
	 *
	 * @param label what it counts, in the viewer's language
	 * @param value the figure as shown
	 * @param link the panel path of the list it counts (with its filter), or null
	 */
	record Figure(String label, String value, String link) {
	}

}
