package org.peersupport.groups.moderation;

import java.util.List;

import org.peersupport.groups.GroupNotices;
import org.peersupport.groups.PeerGroup;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.Outgoing;
import org.peersupport.messaging.Replies;

/**
 * {@code /rules}: as a reply, the author of the replied message gets the group's rules
 * privately, asked gently to read them again; otherwise the rules are posted in the
 * group, a notice the bot deletes after a while ({@link GroupNotices}).
 */
class RulesCommand implements InGroupCommand {

	private final Sanctions sanctions;

	private final GroupNotices notices;

	RulesCommand(Sanctions sanctions, GroupNotices notices) {
		this.sanctions = sanctions;
		this.notices = notices;
	}

	@Override
	public String name() {
		return "rules";
	}

	@Override
	public boolean forModerators() {
		return true;
	}

	@Override
	public void run(InboundEvent event, Replies replies, PeerGroup group) {
		Long target = event.details().isReply() ? event.details().replyToUserId() : null;
		if (target == null) {
			this.notices.posted(replies.send(ModerationTexts.get("rules.group", group.language(), group.rules())),
					group.chatId());
			return;
		}
		replies.put(new Outgoing.SendMessage(target, false,
				ModerationTexts.said("rules.reminder", this.sanctions.voiceOf(target, group), group.rules()),
				List.of()));
	}

}
