package org.peersupport.requests;

import org.peersupport.messaging.DeepLink;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.Replies;

/**
 * {@code /start help} and {@code /start help-<category>}: for a participant, what
 * {@code /help_request} shows, or that category's intake when the link names a configured
 * one. Anyone who has not joined is onboarded, as if the link named nothing.
 */
class HelpLink implements DeepLink {

	private final RequestIntake intake;

	private final RequestsProperties properties;

	HelpLink(RequestIntake intake, RequestsProperties properties) {
		this.intake = intake;
		this.properties = properties;
	}

	@Override
	public String prefix() {
		return "help";
	}

	@Override
	public boolean open(String argument, InboundEvent event, Replies replies) {
		if (this.intake.participant(event.chatId()).isEmpty()) {
			return false;
		}
		RequestCategory category = this.properties.category(argument).orElse(null);
		if (category == null) {
			this.intake.show(event, replies);
			return true;
		}
		return this.intake.start(event, replies, category);
	}

}
