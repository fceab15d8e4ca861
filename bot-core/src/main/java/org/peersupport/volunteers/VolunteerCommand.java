package org.peersupport.volunteers;

import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;
import org.peersupport.scripts.RuntimeTexts;

/**
 * {@code /volunteer}: the volunteer sign-up.
 */
class VolunteerCommand implements InboundHandler {

	private final VolunteerSignup signup;

	VolunteerCommand(VolunteerSignup signup) {
		this.signup = signup;
	}

	@Override
	public Route route() {
		return Route.commands("volunteer");
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		this.signup.begin(event, replies, locale(event));
	}

	/** The sign-up's language: the person's Telegram language if the bot speaks it. */
	static String locale(InboundEvent event) {
		return RuntimeTexts.bundled().supported(event.languageCode()).map(java.util.Locale::getLanguage).orElse("en");
	}

}
