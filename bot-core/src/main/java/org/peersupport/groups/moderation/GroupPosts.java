package org.peersupport.groups.moderation;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peersupport.groups.GroupPlaces;
import org.peersupport.groups.GroupStatus;
import org.peersupport.groups.ModerationRules;
import org.peersupport.groups.PeerGroup;
import org.peersupport.groups.PeerGroups;
import org.peersupport.groups.PlaceStatus;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.InboundKind;
import org.peersupport.messaging.Outgoing;
import org.peersupport.messaging.PostDetails;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;

/**
 * Every message in an active peer group: a command of the group's is run (a moderators'
 * one only for the group's administrators; anyone else gets a polite no privately); a
 * post with crisis words was answered by the crisis check and is left in place; any other
 * post by a member the bot placed is checked against the group's rules, and a breach is
 * deleted and its author warned privately. Staff and administrators, whom the bot did not
 * place, are not checked.
 */
class GroupPosts implements InboundHandler {

	private final PeerGroups groups;

	private final GroupPlaces places;

	private final Conducts conducts;

	private final Sanctions sanctions;

	private final Map<String, InGroupCommand> commands = new HashMap<>();

	GroupPosts(PeerGroups groups, GroupPlaces places, Conducts conducts, Sanctions sanctions,
			List<InGroupCommand> commands) {
		this.groups = groups;
		this.places = places;
		this.conducts = conducts;
		this.sanctions = sanctions;
		for (InGroupCommand command : commands) {
			if (this.commands.putIfAbsent(command.name(), command) != null) {
				throw new IllegalStateException("Two group commands named " + command.name());
			}
		}
	}

	@Override
	public Route route() {
		return Route.groupMessages();
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		Long userId = event.userId();
		Optional<PeerGroup> found = this.groups.find(event.chatId()).filter((g) -> g.status() == GroupStatus.ACTIVE);
		if (userId == null || found.isEmpty()) {
			return;
		}
		PeerGroup group = found.get();
		InGroupCommand command = (event.kind() == InboundKind.COMMAND) ? this.commands.get(event.command()) : null;
		if (command != null) {
			run(command, event, replies, group);
			return;
		}
		if (replies.screening().isCrisis() || !placedHere(userId, group)) {
			// crisis words are answered (the person privately, the moderators at once),
			// never deleted
			return;
		}
		check(event, replies, group, userId);
	}

	private void run(InGroupCommand command, InboundEvent event, Replies replies, PeerGroup group) {
		if (command.forModerators() && !event.details().fromAdmin()) {
			replies.put(new Outgoing.SendMessage(event.userId(), false,
					ModerationTexts.said("notModerator", this.sanctions.voiceOf(event.userId(), group)), List.of()));
			return;
		}
		if (event.messageId() != null) {
			// the command itself leaves no trace in the group (nor who reported)
			replies.put(new Outgoing.DeleteMessage(group.chatId(), Outgoing.MessageTarget.message(event.messageId())));
		}
		command.run(event, replies, group);
	}

	private void check(InboundEvent event, Replies replies, PeerGroup group, long userId) {
		ModerationRules rules = group.moderation();
		Instant at = event.receivedAt();
		Breach breach = breachOf(event, rules);
		int recent = this.conducts.countPost(group.chatId(), userId, event.receipt(), at, rules.floodWindow());
		if (breach == null && recent > rules.floodPosts()) {
			breach = Breach.FLOOD;
		}
		if (breach == null || event.messageId() == null) {
			return;
		}
		Sanctions.Actor bot = Sanctions.Actor.rules(at);
		this.sanctions.delete(replies, group, userId, event.messageId(), breach, bot);
		this.sanctions.warn(replies, group, userId, breach, true, bot);
	}

	/** The first rule the post breaks, the flood limit aside; null for none. */
	static Breach breachOf(InboundEvent event, ModerationRules rules) {
		PostDetails post = event.details();
		if (!rules.forwardsAllowed() && post.forwarded()) {
			return Breach.FORWARDS;
		}
		if (!rules.mediaAllowed() && post.isMedia()) {
			return Breach.MEDIA;
		}
		if (!rules.linksAllowed() && post.link()) {
			return Breach.LINKS;
		}
		if (new BannedWords(rules.bannedWords().values()).foundIn(event.text())) {
			return Breach.BANNED_WORDS;
		}
		return null;
	}

	private boolean placedHere(long userId, PeerGroup group) {
		return this.places.ofPerson(userId)
			.filter((p) -> p.groupChatId() == group.chatId() && p.status() == PlaceStatus.MEMBER)
			.isPresent();
	}

}
