package org.peersupport.safety;

import java.util.List;
import java.util.Set;

import org.peersupport.messaging.Button;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;
import org.peersupport.messaging.SendPriority;

/**
 * "I want to talk to a person", offered with every crisis answer: the person's crisis
 * alert (the pending one, or a new one) goes to the moderators' chat saying they ask for
 * a person, first of all sends, and the person is told that the team knows and that they
 * will hear here when someone takes it, which {@link AlertTaking} does. Nothing more is
 * promised: the bot has no way for a moderator to write to the person.
 */
class TalkButton implements InboundHandler {

	/** The owner of the button's data ({@code talk:<locale>}). */
	static final String OWNER = "talk";

	private static final Set<String> LOCALES = Set.of("en", "ru", "uk", "pl");

	private final ModeratorAlerts alerts;

	TalkButton(ModeratorAlerts alerts) {
		this.alerts = alerts;
	}

	/** The button, in the person's language. */
	static List<List<Button>> offer(String locale) {
		String known = LOCALES.contains(locale) ? locale : "en";
		return List.of(List.of(new Button(SafetyTexts.get("talk.button", known), OWNER + ":" + known)));
	}

	@Override
	public Route route() {
		return Route.buttons(OWNER);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		if (!event.isPrivate()) {
			return;
		}
		String locale = event.buttonData().substring(OWNER.length() + 1);
		if (!LOCALES.contains(locale)) {
			locale = "en";
		}
		replies.answerButton(null);
		Alert alert = this.alerts.talk(replies, event.chatId(), locale);
		String answer = (alert != null && alert.status() == AlertStatus.TAKEN) ? "talk.already-taken" : "talk.asked";
		replies.send(SafetyTexts.get(answer, locale), List.of(), SendPriority.CRISIS);
	}

}
