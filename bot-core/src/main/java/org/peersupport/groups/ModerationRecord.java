package org.peersupport.groups;

import java.time.Instant;

/**
 * One moderation action in a group as the panel shows it: ids and words of the system,
 * never anything a member wrote.
 *
 * @param groupChatId the group
 * @param chatId the member it concerns (their user id)
 * @param action what was done: {@code DELETE}, {@code WARN}, {@code MUTE}, {@code BAN},
 * {@code UNBAN}, {@code DISMISS} or {@code REFUSE} (an anonymous post kept out)
 * @param breach the rule broken, when it was a rule or a warning ({@code LINKS},
 * {@code BANNED_WORDS} …), or null
 * @param by {@code bot}, or a moderator as {@code telegram:<id>}
 * @param cause {@code rules}, {@code command}, {@code report}, {@code telegram} (a
 * moderator's ban or unban in Telegram itself) or {@code anon}
 * @param at when
 */
public record ModerationRecord(long groupChatId, long chatId, String action, String breach, String by, String cause,
		Instant at) {

	/** Who {@link #by()} is when the bot acted by the group's rules. */
	public static final String BOT = "bot";

	/** Whether the bot acted, by the group's rules. */
	public boolean byBot() {
		return BOT.equals(this.by);
	}

	@Override
	public String toString() {
		return "ModerationRecord[" + this.groupChatId + ", " + this.action + "]";
	}

}
