package org.peersupport.volunteers;

import org.peersupport.messaging.DeepLink;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.Replies;
import org.peersupport.participants.Programme;
import org.peersupport.participants.Programmes;

/**
 * {@code /start volunteer} and {@code /start volunteer-<programme>}: the volunteer
 * sign-up, for that programme when the link names a known one (an unknown programme is
 * asked for, as if the link had named none).
 */
class VolunteerLink implements DeepLink {

	private final VolunteerSignup signup;

	private final Programmes programmes;

	VolunteerLink(VolunteerSignup signup, Programmes programmes) {
		this.signup = signup;
		this.programmes = programmes;
	}

	@Override
	public String prefix() {
		return "volunteer";
	}

	@Override
	public boolean open(String argument, InboundEvent event, Replies replies) {
		String programme = argument.isEmpty() ? null : this.programmes.find(argument).map(Programme::key).orElse(null);
		this.signup.begin(event, replies, VolunteerCommand.locale(event), programme);
		return true;
	}

}
