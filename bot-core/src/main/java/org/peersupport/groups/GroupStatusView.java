package org.peersupport.groups;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.peersupport.messaging.Button;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.Replies;
import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.scripts.RuntimeTexts;

/**
 * What {@code /group} shows a person: the place kept for them, their group and its rules,
 * or their number on the waiting list, with the buttons that act on it.
 */
class GroupStatusView {

	private final Placement placement;

	private final GroupPlaces places;

	private final PeerGroups groups;

	private final Participants participants;

	GroupStatusView(Placement placement, GroupPlaces places, PeerGroups groups, Participants participants) {
		this.placement = placement;
		this.places = places;
		this.groups = groups;
		this.participants = participants;
	}

	/** The language to answer in: the participant's, else their Telegram language. */
	String locale(InboundEvent event) {
		return this.participants.find(event.chatId())
			.map(Participant::locale)
			.orElseGet(
					() -> RuntimeTexts.bundled().supported(event.languageCode()).map(Locale::getLanguage).orElse("en"));
	}

	void show(InboundEvent event, Replies replies) {
		long chatId = event.chatId();
		String locale = locale(event);
		boolean onboarded = this.participants.find(chatId).filter(Participant::onboarded).isPresent();
		if (!onboarded) {
			replies.send(GroupTexts.get("status.notOnboarded", locale));
			return;
		}
		Optional<GroupPlace> place = this.places.ofPerson(chatId);
		if (place.isPresent()) {
			showPlace(place.get(), locale, replies);
			return;
		}
		Optional<WaitingPerson> waiting = this.places.waiting(chatId);
		if (waiting.isPresent()) {
			replies.send(GroupTexts.get("status.waiting", locale, this.places.positionOf(waiting.get())), List
				.of(List.of(this.placement.button(chatId, "w", GroupTexts.get("button.leaveWaiting", locale)))));
			return;
		}
		replies.send(GroupTexts.get("status.none", locale),
				List.of(List.of(this.placement.button(chatId, "f", GroupTexts.get("button.find", locale)))));
	}

	private void showPlace(GroupPlace place, String locale, Replies replies) {
		String rules = this.groups.find(place.groupChatId()).map(PeerGroup::rules).orElse("");
		Button leave = this.placement.button(place.chatId(), "l:" + place.token(),
				GroupTexts.get("button.leave", locale));
		List<List<Button>> buttons = new ArrayList<>();
		String text;
		switch (place.status()) {
			case OFFERED -> {
				text = GroupTexts.get("status.offered", locale, rules);
				buttons.addAll(this.placement.agreeButton(place, locale));
			}
			case AGREED -> {
				text = GroupTexts.get("status.agreed", locale);
				buttons.add(List.of(this.placement.button(place.chatId(), "n:" + place.token(),
						GroupTexts.get("button.newLink", locale))));
			}
			default -> text = GroupTexts.get("status.member", locale, rules);
		}
		if (place.status() != PlaceStatus.OFFERED) {
			buttons.add(List.of(this.placement.button(place.chatId(), "c:" + place.token(),
					GroupTexts.get("button.change", locale))));
		}
		buttons.add(List.of(leave));
		replies.send(text, buttons);
	}

}
