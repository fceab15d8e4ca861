package org.peersupport.groups.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.peersupport.groups.ModerationRules;
import org.peersupport.groups.PeerGroup;
import org.peersupport.groups.Placement;
import org.peersupport.groups.moderation.ModerationEntry.Action;
import org.peersupport.groups.moderation.ModerationTexts.Voice;
import org.peersupport.messaging.MemberRights;
import org.peersupport.messaging.Outgoing;
import org.peersupport.messaging.Replies;
import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.participants.Programme;
import org.peersupport.participants.Programmes;

/**
 * What moderation does to a member, as part of the answer to one update: delete a post,
 * warn privately (enough warnings mute), mute, ban, unban. Each call is stored through
 * the update's replies and each action kept in the audit, once however often the update
 * is handled. A warning or a mute is told to the person privately, never in the group.
 */
class Sanctions {

	private final Conducts conducts;

	private final ModerationLog log;

	private final Participants participants;

	private final Programmes programmes;

	private final Placement placement;

	Sanctions(Conducts conducts, ModerationLog log, Participants participants, Programmes programmes,
			Placement placement) {
		this.conducts = conducts;
		this.log = log;
		this.participants = participants;
		this.programmes = programmes;
		this.placement = placement;
	}

	/** Who acts and why: the bot by the rules, or a moderator by command or report. */
	record Actor(String by, String cause, Instant at) {

		static final String BOT = "bot";

		static Actor rules(Instant at) {
			return new Actor(BOT, "rules", at);
		}

		/** The bot, by the group's rules, on an anonymous post. */
		static Actor anon(Instant at) {
			return new Actor(BOT, "anon", at);
		}

		static Actor moderator(long userId, String cause, Instant at) {
			return new Actor("telegram:" + userId, cause, at);
		}

	}

	void delete(Replies replies, PeerGroup group, long userId, long messageId, Breach breach, Actor actor) {
		replies.put(new Outgoing.DeleteMessage(group.chatId(), Outgoing.MessageTarget.message(messageId)));
		this.log.record(replies.event().receipt(), group.chatId(), userId, Action.DELETE, breach, actor.by(),
				actor.cause(), actor.at());
	}

	/**
	 * Warns the member privately with the rule broken, and mutes them when this warning
	 * makes enough within the group's period.
	 * @param removed whether their post was removed (the warning says so)
	 */
	void warn(Replies replies, PeerGroup group, long userId, Breach breach, boolean removed, Actor actor) {
		ModerationRules rules = group.moderation();
		int count = this.conducts.warn(group.chatId(), userId,
				new Conduct.Warning(replies.event().receipt(), actor.at(), breach, actor.by()), rules.warningsPeriod());
		this.log.record(replies.event().receipt(), group.chatId(), userId, Action.WARN, breach, actor.by(),
				actor.cause(), actor.at());
		Voice voice = voiceOf(userId, group);
		boolean mute = count >= rules.warningsToMute();
		String text = String.join("\n", ModerationTexts.said(removed ? "removed" : "moderatorWarns", voice),
				ModerationTexts.said("rule." + breach.name(), voice),
				mute ? ModerationTexts.said("muted", voice, ModerationTexts.span(rules.muteFor(), voice))
						: ModerationTexts.said("warnings", voice, count, rules.warningsToMute(),
								ModerationTexts.span(rules.muteFor(), voice)));
		replies.put(new Outgoing.SendMessage(userId, false, text, List.of()));
		if (mute) {
			restrict(replies, group, userId, rules.muteFor(), actor);
		}
		else {
			replies.skip();
		}
	}

	/** Mutes the member for a while and tells them privately. */
	void mute(Replies replies, PeerGroup group, long userId, Duration duration, Actor actor) {
		Voice voice = voiceOf(userId, group);
		replies.put(new Outgoing.SendMessage(userId, false,
				ModerationTexts.said("mutedByModerator", voice, ModerationTexts.span(duration, voice)), List.of()));
		restrict(replies, group, userId, duration, actor);
	}

	private void restrict(Replies replies, PeerGroup group, long userId, Duration duration, Actor actor) {
		replies.put(new Outgoing.RestrictMember(group.chatId(), userId, MemberRights.NONE, actor.at().plus(duration)));
		this.conducts.muted(group.chatId(), userId, actor.at().plus(duration));
		this.log.record(replies.event().receipt(), group.chatId(), userId, Action.MUTE, null, actor.by(), actor.cause(),
				actor.at());
	}

	/**
	 * Bans the member (only ever a moderator's act): removed from the group, told
	 * privately, and their place goes to the next who waits.
	 */
	void ban(Replies replies, PeerGroup group, long userId, Actor actor) {
		replies.put(new Outgoing.BanMember(group.chatId(), userId));
		replies.put(new Outgoing.SendMessage(userId, false, ModerationTexts.said("banned", voiceOf(userId, group)),
				List.of()));
		this.log.record(replies.event().receipt(), group.chatId(), userId, Action.BAN, null, actor.by(), actor.cause(),
				actor.at());
		this.placement.banned(group.chatId(), userId);
	}

	/** Lifts a ban: the person may be placed in a group again, and is told so. */
	void unban(Replies replies, PeerGroup group, long userId, Actor actor) {
		replies.put(new Outgoing.UnbanMember(group.chatId(), userId));
		replies.put(new Outgoing.SendMessage(userId, false, ModerationTexts.said("unbanned", voiceOf(userId, group)),
				List.of()));
		this.log.record(replies.event().receipt(), group.chatId(), userId, Action.UNBAN, null, actor.by(),
				actor.cause(), actor.at());
		this.placement.unbanned(group.chatId(), userId);
	}

	/**
	 * A moderator banned the member in Telegram itself: kept like a ban by command (the
	 * audit, no placement in the group until it is lifted, their place given on), and a
	 * participant is told privately. The ban in Telegram is made already.
	 */
	void bannedInTelegram(Replies replies, PeerGroup group, long userId, Actor actor) {
		if (this.participants.find(userId).isPresent()) {
			replies.put(new Outgoing.SendMessage(userId, false, ModerationTexts.said("banned", voiceOf(userId, group)),
					List.of()));
		}
		this.log.record(replies.event().receipt(), group.chatId(), userId, Action.BAN, null, actor.by(), actor.cause(),
				actor.at());
		this.placement.banned(group.chatId(), userId);
	}

	/**
	 * A moderator lifted the member's ban in Telegram itself: the bot may place them in
	 * the group again, and a participant is told so.
	 */
	void unbannedInTelegram(Replies replies, PeerGroup group, long userId, Actor actor) {
		if (this.participants.find(userId).isPresent()) {
			replies.put(new Outgoing.SendMessage(userId, false,
					ModerationTexts.said("unbanned", voiceOf(userId, group)), List.of()));
		}
		this.log.record(replies.event().receipt(), group.chatId(), userId, Action.UNBAN, null, actor.by(),
				actor.cause(), actor.at());
		this.placement.unbanned(group.chatId(), userId);
	}

	/**
	 * An anonymous post the group's rules kept out: the audit says which rule, and the
	 * person is told privately (no warning: nothing reached the group).
	 */
	void refuse(Replies replies, PeerGroup group, long userId, Breach breach, Actor actor) {
		Voice voice = voiceOf(userId, group);
		replies
			.put(new Outgoing.SendMessage(userId, false, String.join("\n", ModerationTexts.said("anon.refused", voice),
					ModerationTexts.said("rule." + breach.name(), voice)), List.of()));
		this.log.record(replies.event().receipt(), group.chatId(), userId, Action.REFUSE, breach, actor.by(),
				actor.cause(), actor.at());
	}

	/** A report dismissed: nothing happens to anyone, and the audit says who decided. */
	void dismiss(String receipt, PeerGroup group, long userId, Actor actor) {
		this.log.record(receipt, group.chatId(), userId, Action.DISMISS, null, actor.by(), actor.cause(), actor.at());
	}

	/** The person's language and plainness, or the group's language for a stranger. */
	Voice voiceOf(long userId, PeerGroup group) {
		return voiceOf(userId, group.language());
	}

	/** The person's language and plainness, or this language for a stranger. */
	Voice voiceOf(long userId, String fallback) {
		Participant participant = this.participants.find(userId).orElse(null);
		if (participant == null) {
			return new Voice(fallback, false);
		}
		boolean plain = participant.programme() != null
				&& this.programmes.find(participant.programme()).map(Programme::plainLanguage).orElse(false);
		return new Voice((participant.locale() != null) ? participant.locale() : fallback, plain);
	}

}
