package org.peersupport.groups.moderation;

import java.time.Duration;
import java.util.List;

import org.peersupport.groups.PeerGroup;
import org.peersupport.messaging.MemberRights;
import org.peersupport.messaging.Outgoing;
import org.peersupport.messaging.Replies;

/**
 * A newcomer is let in gently: for the group's newcomer time (a day unless set otherwise)
 * they may send text only, and they hear so privately; after it, Telegram lifts the
 * restriction by itself. Nobody is kicked for being new.
 */
public class Newcomers {

	private final Sanctions sanctions;

	Newcomers(Sanctions sanctions) {
		this.sanctions = sanctions;
	}

	/**
	 * Restricts a member just let in, as part of the answer to their join request (after
	 * the approval, in the group's order of calls); does nothing when the group has no
	 * newcomer time.
	 */
	public void welcome(Replies replies, PeerGroup group, long userId) {
		Duration textOnly = group.moderation().newcomerTextOnly();
		if (textOnly.isZero()) {
			return;
		}
		replies.put(new Outgoing.RestrictMember(group.chatId(), userId, MemberRights.TEXT_ONLY,
				replies.event().receivedAt().plus(textOnly)));
		if (group.moderation().mediaAllowed()) {
			ModerationTexts.Voice voice = this.sanctions.voiceOf(userId, group);
			replies.put(new Outgoing.SendMessage(userId, false,
					ModerationTexts.said("newcomer", voice, ModerationTexts.span(textOnly, voice)), List.of()));
		}
	}

}
