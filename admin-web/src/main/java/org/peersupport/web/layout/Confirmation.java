package org.peersupport.web.layout;

import java.util.List;

import org.springframework.ui.Model;

/**
 * A destructive action's confirm step: a page that asks, with a POST form (CSRF) to go
 * ahead and a link back. A controller's GET returns {@link #show(Model)}; its POST acts.
 *
 * @param titleKey message key of the page title
 * @param questionKey message key of the question; {@code arguments} fill it
 * @param arguments values for the question's placeholders (escaped when shown)
 * @param actionUrl where the confirm form posts
 * @param confirmKey message key of the confirm button
 * @param cancelUrl where "cancel" leads
 */
public record Confirmation(String titleKey, String questionKey, List<Object> arguments, String actionUrl,
		String confirmKey, String cancelUrl) {

	public Confirmation {
		arguments = List.copyOf(arguments);
	}

	/** Puts this confirmation in the model and names the shared confirm view. */
	public String show(Model model) {
		model.addAttribute("confirmation", this);
		return "confirm";
	}

}
