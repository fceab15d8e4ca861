package org.peersupport.onboarding;

import java.util.Locale;
import java.util.OptionalLong;

import org.peersupport.messaging.FailureNotice;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.InboundKind;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;
import org.peersupport.participants.Participants;
import org.peersupport.safety.DistressWords;
import org.peersupport.safety.Hotline;
import org.peersupport.safety.Handoff;
import org.peersupport.scripts.RuntimeTexts;

import org.springframework.stereotype.Component;

/**
 * What nobody else takes in a private chat gets a polite, localized answer: unknown
 * commands, stickers and photos, stale or forged buttons; words a participant writes
 * outside a conversation reach the team. A message with crisis words was answered by the
 * crisis check already and gets nothing more.
 */
@Component
class NotUnderstood implements InboundHandler, FailureNotice {

	private final PersonLanguage language;

	private final DistressWords distress;

	private final Participants participants;

	private final Handoff handoff;

	private final Hotline hotline;

	NotUnderstood(PersonLanguage language, DistressWords distress, Participants participants, Handoff handoff,
			Hotline hotline) {
		this.language = language;
		this.distress = distress;
		this.participants = participants;
		this.handoff = handoff;
		this.hotline = hotline;
	}

	@Override
	public Route route() {
		return Route.fallback();
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		String locale = this.language.of(event);
		if (event.kind() == InboundKind.BUTTON) {
			replies.answerButton(RuntimeTexts.bundled()
				.text("callback.expired", this.language.plain(event.chatId()), Locale.forLanguageTag(locale)));
			return;
		}
		if (replies.screening().isCrisis()) {
			return;
		}
		if (event.kind() == InboundKind.TEXT) {
			writtenToUs(event, replies, locale);
			return;
		}
		String key = (event.kind() == InboundKind.COMMAND) ? "unknown.command" : "unknown.nontext";
		replies.send(OnboardingTexts.get(key, this.language.plain(event.chatId()), locale));
	}

	/**
	 * Words outside any conversation are never "not understood": from a participant they
	 * open (or find) a "talk to a person" request and reach the team (an alert the panel
	 * lists), and anyone who sounds in distress also gets the line to call.
	 */
	private void writtenToUs(InboundEvent event, Replies replies, String locale) {
		boolean participant = this.participants.find(event.chatId()).isPresent();
		boolean plain = this.language.plain(event.chatId());
		String text;
		if (participant) {
			OptionalLong request = this.handoff.toAPerson(replies, event.chatId(), "message");
			text = request.isPresent()
					? OnboardingTexts.get("free-text.request", plain, locale, String.valueOf(request.getAsLong()))
					: OnboardingTexts.get("free-text.passed-on", plain, locale);
		}
		else {
			text = OnboardingTexts.get("unknown.text", plain, locale);
		}
		if (this.distress.matches(event.text())) {
			text = text + "\n\n" + this.hotline.textFor(event.chatId(), locale);
		}
		replies.send(text);
	}

	@Override
	public String text(InboundEvent event) {
		return RuntimeTexts.bundled()
			.text("error.internal", plainSafely(event.chatId()), Locale.forLanguageTag(PersonLanguage.telegram(event)));
	}

	/**
	 * Whether the person is spoken to in plain language; false when that cannot be read
	 * (the failure being answered may be the store's).
	 */
	private boolean plainSafely(long chatId) {
		try {
			return this.language.plain(chatId);
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
