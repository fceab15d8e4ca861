package org.peersupport.groups.moderation;

import java.util.List;

import org.peersupport.groups.ModeratorsChats;
import org.peersupport.groups.PeerGroup;
import org.peersupport.groups.moderation.ModerationTexts.Voice;
import org.peersupport.messaging.Button;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.Outgoing;
import org.peersupport.messaging.PostDetails;
import org.peersupport.messaging.Replies;
import org.peersupport.participants.PersonRefs;
import org.peersupport.safety.ModeratorsProperties;

/**
 * {@code /report} as a reply, from any member: the replied message, with its group, its
 * author and who reported it (by reference, never by name), goes to the group's
 * moderators' chat ({@link ModeratorsChats}) with buttons to delete, warn, mute, ban or
 * dismiss ({@link ReportButtons}); the reporter is thanked privately. The {@code /report}
 * message itself is deleted from the group, so nobody sees who reported.
 */
class ReportCommand implements InGroupCommand {

	/** The owner of the report buttons' data ({@code gmr:<report id>:<action>}). */
	static final String OWNER = "gmr";

	/** How much of the reported text goes to the moderators. */
	static final int MAX_QUOTE = 1500;

	private final Reports reports;

	private final Sanctions sanctions;

	private final ModeratorsProperties moderators;

	private final PersonRefs refs;

	private final ModeratorsChats moderatorsChats;

	ReportCommand(Reports reports, Sanctions sanctions, ModeratorsProperties moderators, PersonRefs refs,
			ModeratorsChats moderatorsChats) {
		this.moderatorsChats = moderatorsChats;
		this.reports = reports;
		this.sanctions = sanctions;
		this.moderators = moderators;
		this.refs = refs;
	}

	@Override
	public String name() {
		return "report";
	}

	@Override
	public boolean forModerators() {
		return false;
	}

	@Override
	public void run(InboundEvent event, Replies replies, PeerGroup group) {
		long reporter = event.userId();
		Voice voice = this.sanctions.voiceOf(reporter, group);
		PostDetails post = event.details();
		if (!post.isReply() || post.replyToUserId() == reporter) {
			replies.put(new Outgoing.SendMessage(reporter, false, ModerationTexts.said("report.needsReply", voice),
					List.of()));
			return;
		}
		Long chat = this.moderatorsChats.of(group);
		if (chat == null) {
			replies.put(new Outgoing.SendMessage(reporter, false, ModerationTexts.said("report.unavailable", voice),
					List.of()));
			return;
		}
		GroupReport report = this.reports
			.open(new GroupReport(event.receipt(), group.chatId(), post.replyToMessageId(), post.replyToUserId(),
					reporter, null, null, null, event.receivedAt(), null, GroupReport.SCHEMA_VERSION));
		String locale = this.moderators.locale();
		String quoted = (post.replyToText() != null) ? quote(post.replyToText())
				: ModerationTexts.get("report.noText", locale);
		String card = ModerationTexts.get("report.card", locale, nameOf(group), this.refs.of(post.replyToUserId()),
				quoted, this.refs.of(reporter));
		replies.put(new Outgoing.SendMessage(chat, true, card, buttons(report.id(), locale)));
		replies.put(new Outgoing.SendMessage(reporter, false, ModerationTexts.said("report.thanks", voice), List.of()));
	}

	static String nameOf(PeerGroup group) {
		return (group.name() != null && !group.name().isBlank()) ? group.name() : Long.toString(group.chatId());
	}

	private static String quote(String text) {
		return (text.length() > MAX_QUOTE) ? text.substring(0, MAX_QUOTE) + "…" : text;
	}

	private static List<List<Button>> buttons(String id, String locale) {
		return List.of(List.of(button(id, ModerationEntry.Action.DELETE, locale),
				button(id, ModerationEntry.Action.WARN, locale), button(id, ModerationEntry.Action.MUTE, locale)),
				List.of(button(id, ModerationEntry.Action.BAN, locale),
						button(id, ModerationEntry.Action.DISMISS, locale)));
	}

	private static Button button(String id, ModerationEntry.Action action, String locale) {
		return new Button(ModerationTexts.get("report.button." + action.name(), locale),
				OWNER + ":" + id + ":" + ReportButtons.letterOf(action));
	}

}
