package org.peersupport.safety;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import org.peersupport.messaging.Button;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;
import org.peersupport.messaging.SendPriority;
import org.peersupport.participants.Participants;
import org.peersupport.participants.Programmes;

import org.springframework.beans.factory.ObjectProvider;

/**
 * "I want to talk to a person", offered with every crisis answer: the person's crisis
 * alert (the pending one, or a new one) goes to the moderators' chat saying they ask for
 * a person, first of all sends. A participant of a programme also gets a "talk to a
 * person" request (crisis first; or the open one, named again), which a volunteer takes
 * and answers through the relay, and is told so. Someone the requests feature cannot
 * serve is told that the team knows and that they will hear here when someone takes the
 * alert, which {@link AlertTaking} does; nothing more is promised to them.
 */
class TalkButton implements InboundHandler {

	/** The owner of the button's data ({@code talk:<locale>}). */
	static final String OWNER = "talk";

	private static final Set<String> LOCALES = Set.of("en", "ru", "uk", "pl");

	private final ModeratorAlerts alerts;

	private final ObjectProvider<TalkToAPerson> talk;

	private final Participants participants;

	private final Programmes programmes;

	TalkButton(ModeratorAlerts alerts, ObjectProvider<TalkToAPerson> talk, Participants participants,
			Programmes programmes) {
		this.alerts = alerts;
		this.talk = talk;
		this.participants = participants;
		this.programmes = programmes;
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
		TalkToAPerson requests = this.talk.getIfAvailable();
		OptionalLong request = (requests != null) ? requests.open(replies, event.chatId()) : OptionalLong.empty();
		boolean plain = this.participants.find(event.chatId())
			.map((participant) -> this.programmes.plainLanguage(participant.programme()))
			.orElse(false);
		if (request.isPresent()) {
			replies.send(SafetyTexts.get("talk.request", plain, locale, String.valueOf(request.getAsLong())), List.of(),
					SendPriority.CRISIS);
			return;
		}
		String answer = (alert != null && alert.status() == AlertStatus.TAKEN) ? "talk.already-taken" : "talk.asked";
		replies.send(SafetyTexts.get(answer, plain, locale), List.of(), SendPriority.CRISIS);
	}

}
