package org.peersupport.groups.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.peersupport.groups.GroupPlace;
import org.peersupport.groups.GroupPlaces;
import org.peersupport.groups.GroupStatus;
import org.peersupport.groups.ModerationRules;
import org.peersupport.groups.PeerGroup;
import org.peersupport.groups.PeerGroups;
import org.peersupport.groups.PlaceStatus;
import org.peersupport.groups.moderation.ModerationTexts.Voice;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.Outgoing;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;
import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.scripts.RuntimeTexts;

/**
 * {@code /anon <text>} in the private chat: the text is posted in the person's group by
 * the bot, under their pseudonym (never their Telegram name), after the rules the group
 * applies to its members' posts (links, forwarded posts, banned words, the flood limit,
 * counted with their own posts there). A post the rules refuse is not posted: the person
 * hears which rule, and the audit keeps it. Crisis words were answered by the crisis
 * check before (the person privately, the moderators at once), and nothing is posted. A
 * person the bot muted in the group posts nothing until the mute ends. The post goes
 * through the outbox under the group's send limit.
 */
class AnonCommand implements InboundHandler {

	/** The command's name. */
	static final String NAME = "anon";

	private final PeerGroups groups;

	private final GroupPlaces places;

	private final Participants participants;

	private final Conducts conducts;

	private final Sanctions sanctions;

	AnonCommand(PeerGroups groups, GroupPlaces places, Participants participants, Conducts conducts,
			Sanctions sanctions) {
		this.groups = groups;
		this.places = places;
		this.participants = participants;
		this.conducts = conducts;
		this.sanctions = sanctions;
	}

	@Override
	public Route route() {
		return Route.commands(NAME);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		if (replies.screening().isCrisis()) {
			// answered as a crisis already; words like these are not posted for anyone
			return;
		}
		long chatId = event.chatId();
		Optional<Participant> person = this.participants.find(chatId).filter(Participant::onboarded);
		Optional<PeerGroup> group = person.flatMap((p) -> groupOf(chatId));
		if (group.isEmpty()) {
			replies.send(ModerationTexts.said("anon.noGroup", this.sanctions.voiceOf(chatId, telegram(event))));
			return;
		}
		Voice voice = this.sanctions.voiceOf(chatId, group.get());
		if (!event.hasText()) {
			replies.send(ModerationTexts.said("anon.empty", voice));
			return;
		}
		post(event, replies, group.get(), person.get(), voice);
	}

	private void post(InboundEvent event, Replies replies, PeerGroup group, Participant person, Voice voice) {
		long chatId = event.chatId();
		Instant at = event.receivedAt();
		ModerationRules rules = group.moderation();
		if (this.conducts.find(group.chatId(), chatId).mutedAt(at)) {
			replies.send(ModerationTexts.said("anon.muted", voice));
			return;
		}
		Breach breach = GroupPosts.breachOf(event, rules);
		int recent = this.conducts.countPost(group.chatId(), chatId, event.receipt(), at, rules.floodWindow());
		if (breach == null && recent > rules.floodPosts()) {
			breach = Breach.FLOOD;
		}
		if (breach != null) {
			this.sanctions.refuse(replies, group, chatId, breach, Sanctions.Actor.anon(at));
			return;
		}
		String pseudonym = person.pseudonym();
		String text = event.text().strip();
		String post = (pseudonym != null) ? ModerationTexts.get("anon.group", group.language(), pseudonym, text)
				: ModerationTexts.get("anon.group.nameless", group.language(), text);
		if (post.length() > Outbox.MAX_TEXT_LENGTH) {
			replies.send(ModerationTexts.said("anon.tooLong", voice));
			return;
		}
		replies.put(new Outgoing.SendMessage(group.chatId(), true, post, List.of()));
		replies.send((pseudonym != null) ? ModerationTexts.said("anon.posted", voice, pseudonym)
				: ModerationTexts.said("anon.posted.nameless", voice));
	}

	/** The active group the person is a member of, if any. */
	private Optional<PeerGroup> groupOf(long chatId) {
		return this.places.ofPerson(chatId)
			.filter((place) -> place.status() == PlaceStatus.MEMBER)
			.map(GroupPlace::groupChatId)
			.flatMap(this.groups::find)
			.filter((g) -> g.status() == GroupStatus.ACTIVE);
	}

	private static String telegram(InboundEvent event) {
		return RuntimeTexts.bundled().supported(event.languageCode()).map(Locale::getLanguage).orElse("en");
	}

}
