package org.peersupport.groups;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.peersupport.conversation.CallbackSigner;
import org.peersupport.messaging.Button;
import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.Outgoing;
import org.peersupport.messaging.Replies;
import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;

import org.springframework.context.event.EventListener;

/**
 * Places onboarded participants in the active groups of their programme and language,
 * least full first, or on the waiting list, which moves whenever a place opens (a member
 * leaves, a group is activated or gets more places). A placed person gets the group's
 * rules; on their agreement, a personal invite link on which they ask to join. Everything
 * a placement sends goes out under an origin named by the placement's token, so it is
 * sent once however often the work runs.
 */
public class Placement {

	/** The owner of the feature's buttons ({@code grp:<payload>:<signature>}). */
	static final String OWNER = "grp";

	private final PeerGroups groups;

	private final GroupPlaces places;

	private final Participants participants;

	private final Outbox outbox;

	private final CallbackSigner signer;

	private final GroupsProperties properties;

	private final Clock clock;

	private final GroupBans bans;

	Placement(PeerGroups groups, GroupPlaces places, GroupBans bans, Participants participants, Outbox outbox,
			CallbackSigner signer, GroupsProperties properties, Clock clock) {
		this.groups = groups;
		this.places = places;
		this.bans = bans;
		this.participants = participants;
		this.outbox = outbox;
		this.signer = signer;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * An onboarded participant asks for a group (at the end of onboarding, or through
	 * {@code /group}): they join the end of the waiting list, the list moves, and they
	 * get the rules of the group where a place was found for them, or hear that they
	 * wait. Safe to run again for the same update.
	 */
	public void placeOnboarded(long chatId, Replies replies) {
		Participant participant = this.participants.find(chatId).filter(Participant::onboarded).orElse(null);
		if (participant == null || participant.programme() == null) {
			return;
		}
		if (this.places.ofPerson(chatId).isEmpty()) {
			this.places.await(chatId, participant.programme(), participant.locale(), this.clock.instant());
			fill(participant.programme(), participant.locale());
		}
		Optional<GroupPlace> place = this.places.ofPerson(chatId);
		if (place.isPresent()) {
			offer(place.get());
		}
		else {
			replies.send(GroupTexts.get("waiting", participant.locale()));
		}
	}

	/** A group was activated or its settings changed: its free places are filled. */
	@EventListener
	void groupActivated(GroupActivated activated) {
		this.groups.find(activated.chatId()).ifPresent(this::fill);
	}

	/** Fills the free places of the active groups of a programme and language. */
	void fill(String programme, String language) {
		List<PeerGroup> candidates = this.groups.active(programme, language)
			.stream()
			.sorted(Comparator.comparingLong((PeerGroup g) -> this.places.taken(g.chatId()))
				.thenComparingLong(PeerGroup::chatId))
			.toList();
		candidates.forEach(this::fill);
	}

	/**
	 * Gives the group's free places to the people waiting longest for its programme and
	 * language who are not banned from it, and sends each the rules.
	 */
	void fill(PeerGroup group) {
		if (group.status() != GroupStatus.ACTIVE) {
			return;
		}
		Instant now = this.clock.instant();
		Set<Long> banned = this.bans.bannedFrom(group.chatId());
		while (true) {
			Optional<WaitingPerson> first = this.places.waitingFor(group.programme(), group.language())
				.stream()
				.filter((waiting) -> !banned.contains(waiting.chatId()))
				.findFirst();
			if (first.isEmpty()) {
				return;
			}
			WaitingPerson next = first.get();
			Optional<GroupPlace> place = this.places.take(group, next.chatId(), now);
			if (place.isEmpty()) {
				return;
			}
			// taken before the person leaves the list: a crash between leaves them on
			// it, and the next run finds their place
			this.places.stopWaiting(next.chatId());
			offer(place.get());
		}
	}

	/** Sends the person the rules of the group that keeps a place for them. */
	void offer(GroupPlace place) {
		if (place.status() != PlaceStatus.OFFERED) {
			return;
		}
		Optional<Participant> person = this.participants.find(place.chatId());
		Optional<PeerGroup> group = this.groups.find(place.groupChatId());
		if (person.isEmpty() || group.isEmpty()) {
			return;
		}
		String locale = person.get().locale();
		this.outbox.put("grp-offer:" + place.token(), 0, new Outgoing.SendMessage(place.chatId(), false,
				GroupTexts.get("offer", locale, group.get().rules()), agreeButton(place, locale)));
	}

	List<List<Button>> agreeButton(GroupPlace place, String locale) {
		return List.of(List.of(button(place.chatId(), "a:" + place.token(), GroupTexts.get("offer.agree", locale))));
	}

	Button button(long chatId, String payload, String label) {
		return new Button(label, this.signer.sign(chatId, OWNER, payload, OWNER));
	}

	/**
	 * The person agreed to the rules of the group that keeps their place: a personal
	 * invite link is created and sent (once per placement, however often they press).
	 * @return false if the placement named by the token is not theirs any more
	 */
	boolean agree(long chatId, String token) {
		GroupPlace place = this.places.ofPerson(chatId).filter((p) -> p.token().equals(token)).orElse(null);
		if (place == null || place.status() == PlaceStatus.MEMBER) {
			return false;
		}
		// the link is stored before the state moves: a crash between sends it once
		sendLink(place, "grp-link:" + token);
		this.places.agree(chatId, token, this.clock.instant());
		return true;
	}

	/** A new link for a person who agreed and has not joined (the old one expired). */
	void sendLink(GroupPlace place, String origin) {
		String locale = this.participants.find(place.chatId()).map(Participant::locale).orElse("en");
		Duration valid = this.properties.linkValidFor();
		String text = GroupTexts.get("link", locale, Outgoing.CreateInviteLinkAndSend.LINK, valid.toDays());
		this.outbox.put(origin, 0, new Outgoing.CreateInviteLinkAndSend(place.chatId(), place.groupChatId(),
				"place " + place.token(), valid, text));
	}

	/**
	 * Whether the bot lets this user into this group: only the person it placed there,
	 * who agreed to the group's rules, and was not banned from it.
	 */
	boolean admits(long groupChatId, long userId) {
		boolean active = this.groups.find(groupChatId).filter((g) -> g.status() == GroupStatus.ACTIVE).isPresent();
		return active && !this.bans.isBanned(groupChatId, userId)
				&& this.places.ofPerson(userId)
					.filter((p) -> p.groupChatId() == groupChatId && p.status() != PlaceStatus.OFFERED)
					.isPresent();
	}

	/**
	 * The person leaves their group (or gives up the place kept for them): the bot
	 * removes them from the Telegram group, the place is freed and goes to the next who
	 * waits.
	 * @return the place they held, if any
	 */
	Optional<GroupPlace> leave(long chatId) {
		Optional<GroupPlace> held = this.places.ofPerson(chatId);
		if (held.isEmpty()) {
			return held;
		}
		GroupPlace place = held.get();
		if (place.status() != PlaceStatus.OFFERED) {
			// stored before the place is freed: a crash between still removes them
			String origin = "grp-leave:" + place.token();
			this.outbox.put(origin, 0, new Outgoing.BanMember(place.groupChatId(), chatId));
			this.outbox.put(origin, 1, new Outgoing.UnbanMember(place.groupChatId(), chatId));
		}
		this.places.free(chatId, GroupStep.Kind.LEFT, this.clock.instant());
		this.groups.find(place.groupChatId()).ifPresent(this::fill);
		return held;
	}

	/**
	 * The person asks to move to another group of their programme and language: if one
	 * (not theirs, none that banned them) has a free place, they leave theirs (removed
	 * from it in Telegram, the place given on) and get the new group's rules, on which a
	 * new link follows; else they stay where they are. Should the free place go to
	 * someone else at that very moment, they are placed as after onboarding (and told
	 * they wait when nothing is free). Says that they left their group.
	 * @return whether they moved
	 */
	boolean change(long chatId, Replies replies) {
		GroupPlace held = this.places.ofPerson(chatId).orElse(null);
		Participant person = this.participants.find(chatId).filter(Participant::onboarded).orElse(null);
		if (held == null || person == null || person.programme() == null) {
			return false;
		}
		Map<Long, Long> taken = new HashMap<>();
		Optional<PeerGroup> target = this.groups.active(person.programme(), person.locale())
			.stream()
			.filter((g) -> g.chatId() != held.groupChatId() && !this.bans.isBanned(g.chatId(), chatId))
			.filter((g) -> taken.computeIfAbsent(g.chatId(), this.places::taken) < g.capacity())
			.min(Comparator.comparingLong((PeerGroup g) -> taken.get(g.chatId())).thenComparingLong(PeerGroup::chatId));
		if (target.isEmpty()) {
			return false;
		}
		leave(chatId);
		replies.send(GroupTexts.get("changed", person.locale()));
		Optional<GroupPlace> place = this.places.take(target.get(), chatId, this.clock.instant());
		if (place.isPresent()) {
			offer(place.get());
		}
		else {
			placeOnboarded(chatId, replies);
		}
		return true;
	}

	/**
	 * The person left the group in Telegram (or was removed there): if they were a
	 * member, their place is freed and given on. A place kept for someone who has not
	 * joined yet stays theirs.
	 */
	void left(long groupChatId, long userId) {
		free(groupChatId, userId, (place) -> place.status() == PlaceStatus.MEMBER, GroupStep.Kind.LEFT);
	}

	/**
	 * A moderator banned the person from the group: they are not placed there again until
	 * the ban is lifted, and the place they held there is freed and goes to the next who
	 * waits (the ban in Telegram is the moderator's call).
	 */
	public void banned(long groupChatId, long userId) {
		this.bans.ban(groupChatId, userId, this.clock.instant());
		free(groupChatId, userId, (place) -> true, GroupStep.Kind.BANNED);
	}

	/** A moderator lifted the person's ban: the group may be offered to them again. */
	public void unbanned(long groupChatId, long userId) {
		this.bans.unban(groupChatId, userId);
	}

	/** Whether a moderator banned the person from the group. */
	public boolean isBanned(long groupChatId, long userId) {
		return this.bans.isBanned(groupChatId, userId);
	}

	/**
	 * Frees the person's place in the group if it is one of these, and fills the group.
	 */
	private void free(long groupChatId, long userId, Predicate<GroupPlace> which, GroupStep.Kind why) {
		boolean held = this.places.ofPerson(userId)
			.filter((place) -> place.groupChatId() == groupChatId && which.test(place))
			.isPresent();
		if (held) {
			this.places.free(userId, why, this.clock.instant());
		}
		// also when handled again after the place was freed
		this.groups.find(groupChatId).ifPresent(this::fill);
	}

	/** The person leaves the waiting list. */
	void stopWaiting(long chatId) {
		this.places.stopWaiting(chatId);
	}

}
