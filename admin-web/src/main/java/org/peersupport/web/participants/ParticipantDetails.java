package org.peersupport.web.participants;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.peersupport.checkins.CheckInOverview;
import org.peersupport.checkins.CheckInSummary;
import org.peersupport.groups.GroupPlace;
import org.peersupport.groups.GroupPlaces;
import org.peersupport.groups.GroupStep;
import org.peersupport.groups.PeerGroup;
import org.peersupport.groups.PeerGroups;
import org.peersupport.groups.PlaceStatus;
import org.peersupport.participants.Participant;
import org.peersupport.requests.HelpRequest;
import org.peersupport.requests.HelpRequests;
import org.peersupport.requests.RequestDesk;
import org.peersupport.requests.RequestView;
import org.peersupport.web.security.PanelUser;

import org.springframework.stereotype.Component;

/**
 * What a participant's page shows beside where they stand, read from the features that
 * keep it (check-ins, groups, requests) through their read-only services; only times,
 * counts, states and names staff gave, never what the participant wrote.
 */
@Component
class ParticipantDetails {

	private final CheckInOverview checkIns;

	private final GroupPlaces places;

	private final PeerGroups groups;

	private final HelpRequests helpRequests;

	private final RequestDesk desk;

	ParticipantDetails(CheckInOverview checkIns, GroupPlaces places, PeerGroups groups, HelpRequests helpRequests,
			RequestDesk desk) {
		this.checkIns = checkIns;
		this.places = places;
		this.groups = groups;
		this.helpRequests = helpRequests;
		this.desk = desk;
	}

	Optional<CheckInSummary> checkIns(Participant participant) {
		return this.checkIns.of(participant.chatId());
	}

	/** Their group now (or their place on the waiting list) and their steps so far. */
	GroupJourney group(PanelUser viewer, Participant participant) {
		long chatId = participant.chatId();
		Optional<GroupPlace> place = this.places.ofPerson(chatId);
		GroupJourney.Group current = place.map((held) -> group(viewer, held.groupChatId())).orElse(null);
		PlaceStatus status = place.map(GroupPlace::status).orElse(null);
		Instant waitingSince = this.places.waiting(chatId).map((waiting) -> waiting.since()).orElse(null);
		Long position = this.places.waitingPosition(chatId).orElse(null);
		List<GroupJourney.Step> steps = this.places.history(chatId)
			.stream()
			.map((step) -> new GroupJourney.Step(step.kind(), step.at(),
					(step.groupChatId() != null) ? group(viewer, step.groupChatId()) : null))
			.toList();
		return new GroupJourney(current, status, waitingSince, position, steps);
	}

	private GroupJourney.Group group(PanelUser viewer, long groupChatId) {
		Optional<PeerGroup> group = this.groups.find(groupChatId);
		String name = group.map(PeerGroup::name).orElse(null);
		boolean linked = group.isPresent() && viewer.scope().includes(group.get().programme());
		return new GroupJourney.Group(groupChatId, name, linked);
	}

	/** Their help requests, newest first, as staff see them (no words of theirs). */
	List<RequestRow> requests(PanelUser viewer, Participant participant) {
		Collection<String> programmes = viewer.scope().programmesOrAll();
		String language = viewer.language().getLanguage();
		return this.helpRequests.ofChat(participant.chatId())
			.stream()
			.map(HelpRequest::number)
			.map((number) -> this.desk.view(number, programmes))
			.flatMap(Optional::stream)
			.sorted(java.util.Comparator.comparing(RequestView::createdAt).reversed())
			.map((view) -> new RequestRow(view, this.desk.categoryLabel(view.category(), language)))
			.toList();
	}

	/**
	 * A request as the page lists it.
	 *
	 * @param request the request as staff see it
	 * @param category its category in the viewer's language
	 */
	record RequestRow(RequestView request, String category) {
	}

	/**
	 * A participant's way through the groups.
	 *
	 * @param current the group that keeps their place, or null
	 * @param status where they stand with that place, or null
	 * @param waitingSince since when they wait for a group, or null
	 * @param position their place in the queue, 1 for the first, or null
	 * @param steps what happened, oldest first
	 */
	record GroupJourney(Group current, PlaceStatus status, Instant waitingSince, Long position, List<Step> steps) {

		/** A group by the name staff gave it; linked when the viewer may open it. */
		record Group(long chatId, String name, boolean linked) {
		}

		/** One step, with its group (none for the waiting list). */
		record Step(GroupStep.Kind kind, Instant at, Group group) {
		}

	}

}
