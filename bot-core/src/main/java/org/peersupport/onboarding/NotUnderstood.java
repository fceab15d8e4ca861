package org.peersupport.onboarding;

import java.util.Locale;

import org.peersupport.messaging.FailureNotice;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.InboundKind;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;
import org.peersupport.safety.CrisisWords;
import org.peersupport.scripts.RuntimeTexts;

import org.springframework.stereotype.Component;

/**
 * What nobody else takes in a private chat gets a polite, localized answer: unknown
 * commands, stickers and photos, stray text, stale or forged buttons. A message with
 * crisis words was answered by the crisis check already and gets nothing more.
 */
@Component
class NotUnderstood implements InboundHandler, FailureNotice {

	private final PersonLanguage language;

	private final CrisisWords crisisWords;

	NotUnderstood(PersonLanguage language, CrisisWords crisisWords) {
		this.language = language;
		this.crisisWords = crisisWords;
	}

	@Override
	public Route route() {
		return Route.fallback();
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		String locale = this.language.of(event);
		if (event.kind() == InboundKind.BUTTON) {
			replies.answerButton(RuntimeTexts.bundled().text("callback.expired", Locale.forLanguageTag(locale)));
			return;
		}
		if (this.crisisWords.matches(event.text())) {
			return;
		}
		String key = switch (event.kind()) {
			case COMMAND -> "unknown.command";
			case NON_TEXT -> "unknown.nontext";
			default -> "unknown.text";
		};
		replies.send(OnboardingTexts.get(key, locale));
	}

	@Override
	public String text(InboundEvent event) {
		return RuntimeTexts.bundled().text("error.internal", Locale.forLanguageTag(PersonLanguage.telegram(event)));
	}

}
