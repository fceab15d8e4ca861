package org.peersupport.onboarding;

import java.util.Map;

import org.peersupport.conversation.ConversationRuntime;
import org.peersupport.messaging.DeepLinks;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;
import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.participants.Programme;

import org.springframework.stereotype.Component;

/**
 * {@code /start}: a deep link opens what the feature that declared it does (see
 * {@link org.peersupport.messaging.DeepLink}); otherwise an open conversation resumes
 * where it stopped, an onboarded participant is welcomed back with the menu, and anyone
 * else starts onboarding.
 */
@Component
class StartCommand implements InboundHandler {

	private final ConversationRuntime runtime;

	private final Participants participants;

	private final DeepLinks links;

	private final PersonLanguage language;

	private final MenuKeyboard menu;

	StartCommand(ConversationRuntime runtime, Participants participants, DeepLinks links, PersonLanguage language,
			MenuKeyboard menu) {
		this.runtime = runtime;
		this.participants = participants;
		this.links = links;
		this.language = language;
		this.menu = menu;
	}

	@Override
	public Route route() {
		return Route.commands("start");
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		if (!this.links.open(event.text(), event, replies)) {
			plainStart(event, replies);
		}
	}

	private void plainStart(InboundEvent event, Replies replies) {
		if (this.runtime.resume(event, replies)) {
			return;
		}
		String locale = this.language.of(event);
		Participant participant = this.participants.find(event.chatId()).orElse(null);
		if (participant != null && participant.onboarded()) {
			String pseudonym = participant.pseudonym();
			boolean plain = this.language.plain(event.chatId());
			replies.send(
					(pseudonym != null) ? OnboardingTexts.get("welcome.back", plain, locale, pseudonym)
							: OnboardingTexts.get("welcome.back.anonymous", plain, locale),
					this.menu.rows(event.chatId(), locale, plain));
			return;
		}
		this.runtime.start(event, replies, Programme.ONBOARDING, Map.of(), locale);
	}

}
