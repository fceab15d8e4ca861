package org.peersupport.safety;

import java.util.OptionalLong;

import org.peersupport.messaging.Replies;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Hands a person who needs a person over: a "talk to a person" request when the host has
 * the requests feature and the person is a participant of a programme, and always an
 * alert the team sees in the panel (naming the request).
 */
public class Handoff {

	/** How an alert's context names the request a handoff opened. */
	static final String REQUEST_NAMED = ", request No. ";

	private final ModeratorAlerts alerts;

	private final ObjectProvider<TalkToAPerson> talk;

	public Handoff(ModeratorAlerts alerts, ObjectProvider<TalkToAPerson> talk) {
		this.alerts = alerts;
		this.talk = talk;
	}

	/**
	 * Hands the person in {@code chatId} over, as part of the answer to the event
	 * {@code replies} belong to.
	 * @param context what it is about (a script step, "message"); never their words
	 * @return the number of the request a person will answer, or empty when only the
	 * team's alert was raised
	 */
	public OptionalLong toAPerson(Replies replies, long chatId, String context) {
		TalkToAPerson requests = this.talk.getIfAvailable();
		OptionalLong number = (requests != null) ? requests.open(replies, chatId) : OptionalLong.empty();
		String about = number.isPresent() ? context + REQUEST_NAMED + number.getAsLong() : context;
		this.alerts.alert(replies, ModeratorAlerts.Reason.NEEDS_PERSON, chatId, about);
		return number;
	}

}
