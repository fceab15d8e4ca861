package org.peersupport.groups.moderation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peersupport.groups.ModeratorsChats;
import org.peersupport.groups.PeerGroup;
import org.peersupport.groups.PeerGroups;
import org.peersupport.groups.moderation.ModerationEntry.Action;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;
import org.peersupport.safety.ModeratorsProperties;

/**
 * The buttons under a report in the moderators' chat: the first press decides the report
 * (one conditional update) and acts (delete, warn, mute, ban or dismiss), answered and
 * shown on the report's message; a later press is answered with who decided what. A press
 * anywhere but in the group's moderators' chat ({@link ModeratorsChats}) does nothing but
 * say so.
 */
class ReportButtons implements InboundHandler {

	private static final Pattern DATA = Pattern.compile(ReportCommand.OWNER + ":([A-Za-z0-9]{1,40}):([dwmbx])");

	private static final Map<Action, String> LETTERS = Map.of(Action.DELETE, "d", Action.WARN, "w", Action.MUTE, "m",
			Action.BAN, "b", Action.DISMISS, "x");

	private final Reports reports;

	private final PeerGroups groups;

	private final Sanctions sanctions;

	private final ModeratorsProperties moderators;

	private final ModeratorsChats moderatorsChats;

	ReportButtons(Reports reports, PeerGroups groups, Sanctions sanctions, ModeratorsProperties moderators,
			ModeratorsChats moderatorsChats) {
		this.moderatorsChats = moderatorsChats;
		this.reports = reports;
		this.groups = groups;
		this.sanctions = sanctions;
		this.moderators = moderators;
	}

	static String letterOf(Action action) {
		return LETTERS.get(action);
	}

	@Override
	public Route route() {
		return Route.buttons(ReportCommand.OWNER);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		String locale = this.moderators.locale();
		Matcher data = DATA.matcher((event.buttonData() != null) ? event.buttonData() : "");
		Optional<PeerGroup> reported = data.matches()
				? this.reports.find(data.group(1)).flatMap((r) -> this.groups.find(r.groupChatId())) : Optional.empty();
		Long chat = reported.map(this.moderatorsChats::of).orElse(null);
		if (chat == null || event.chatId() != chat || event.userId() == null) {
			replies.answerButton(ModerationTexts.get("report.gone", locale));
			return;
		}
		Action action = LETTERS.entrySet()
			.stream()
			.filter((e) -> e.getValue().equals(data.group(2)))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow();
		Sanctions.Actor actor = Sanctions.Actor.moderator(event.userId(), "report", event.receivedAt());
		GroupReport report = this.reports.decide(data.group(1), action, actor.by(), event.receipt(), event.receivedAt())
			.orElse(null);
		// the report's group, read above: a report never changes its group
		Optional<PeerGroup> group = reported;
		if (report == null) {
			replies.answerButton(ModerationTexts.get("report.gone", locale));
			return;
		}
		if (!event.receipt().equals(report.decidedReceipt())) {
			replies.answerButton(ModerationTexts.get("report.already", locale, report.decidedBy(),
					ModerationTexts.get("report.did." + report.decision().name(), locale)));
			return;
		}
		replies.answerButton(ModerationTexts.get("report.yours", locale));
		act(replies, group.get(), report, action, actor);
		replies.editPressedMessage(ModerationTexts.get("report.decided", locale, ReportCommand.nameOf(group.get()),
				ModerationTexts.get("report.did." + action.name(), locale), actor.by()), List.of());
	}

	private void act(Replies replies, PeerGroup group, GroupReport report, Action action, Sanctions.Actor actor) {
		long author = report.chatId();
		switch (action) {
			case DELETE -> this.sanctions.delete(replies, group, author, report.messageId(), null, actor);
			case WARN -> this.sanctions.warn(replies, group, author, Breach.MODERATOR, false, actor);
			case MUTE -> this.sanctions.mute(replies, group, author, group.moderation().muteFor(), actor);
			case BAN -> this.sanctions.ban(replies, group, author, actor);
			default -> this.sanctions.dismiss(replies.event().receipt(), group, author, actor);
		}
	}

}
