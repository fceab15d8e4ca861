package org.peersupport.web.groups;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.peersupport.groups.ModerationRecord;
import org.peersupport.groups.PeerGroup;
import org.peersupport.participants.PersonRefs;

/**
 * A moderation action as the panel lists it: the group by name, the member by reference
 * (never a Telegram id or name), the action, rule and cause as message keys.
 */
record ModerationRow(Instant at, long groupChatId, String groupName, String memberRef, String action, String breach,
		String by, boolean byBot, String cause) {

	static List<ModerationRow> of(List<ModerationRecord> records, Map<Long, PeerGroup> groups, PersonRefs refs) {
		// one reference a person a page: a member is in many entries
		Map<Long, String> memberRefs = new HashMap<>();
		return records.stream().map((record) -> {
			PeerGroup group = groups.get(record.groupChatId());
			String name = (group != null && group.name() != null && !group.name().isEmpty()) ? group.name()
					: Long.toString(record.groupChatId());
			return new ModerationRow(record.at(), record.groupChatId(), name,
					memberRefs.computeIfAbsent(record.chatId(), refs::of), record.action(), record.breach(),
					record.by(), record.byBot(), record.cause());
		}).toList();
	}

}
