package org.peersupport.groups;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.peersupport.participants.PersonalData;

/**
 * A person's group in {@code /mydata} (their place and its state, or the waiting list,
 * and each step of their way through the groups); {@code /forget} removes them from the
 * group itself (the confirmation says so), frees their place for the next who waits and
 * erases the records.
 */
class GroupData implements PersonalData {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

	private final GroupPlaces places;

	private final Placement placement;

	private final GroupBans bans;

	private final HeldJoinRequests held;

	GroupData(GroupPlaces places, Placement placement, GroupBans bans, HeldJoinRequests held) {
		this.held = held;
		this.places = places;
		this.placement = placement;
		this.bans = bans;
	}

	/**
	 * The same words for everyone: the groups' texts are written plainly (see
	 * {@link GroupTexts}).
	 */
	@Override
	public List<String> describe(long chatId, String locale, boolean plain) {
		List<String> lines = new ArrayList<>();
		Optional<GroupPlace> place = this.places.ofPerson(chatId);
		if (place.isPresent()) {
			GroupPlace held = place.get();
			Instant when = (held.status() == PlaceStatus.MEMBER) ? held.joinedAt() : held.agreedAt();
			String state = GroupTexts.get("mydata.place." + held.status().name(), locale,
					(when != null) ? DAY.format(when) : "");
			lines.add(GroupTexts.get("mydata.place", locale, state));
		}
		else {
			this.places.waiting(chatId)
				.ifPresent(
						(waiting) -> lines.add(GroupTexts.get("mydata.waiting", locale, DAY.format(waiting.since()))));
		}
		List<GroupStep> history = this.places.history(chatId);
		if (!history.isEmpty()) {
			lines.add(GroupTexts.get("mydata.history", locale));
			history.forEach((step) -> lines
				.add(GroupTexts.get("mydata.step." + step.kind().name(), locale, DAY.format(step.at()))));
		}
		return lines;
	}

	@Override
	public void erase(long chatId) {
		// removed from the Telegram group and the place given on, before the records go
		this.placement.leave(chatId);
		this.places.erase(chatId);
		this.bans.erase(chatId);
		this.held.erase(chatId);
	}

}
