package org.peersupport.safety;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Something about a person that staff must see: crisis words, a person who could not go
 * on and needs someone, a script's call for a moderator. Kept whether or not a
 * moderators' chat is configured, so the panel always lists it; repeats about the same
 * person while it is pending are merged into it (counted). Names the person by internal
 * chat id and pseudonymous reference only, never by what they wrote.
 *
 * @param id the alert's id
 * @param reason why
 * @param chatId the person's private chat (internal; never shown)
 * @param personRef the person's pseudonymous reference
 * @param programme the person's programme, if known
 * @param context what it is about (a programme key, a script step), never the person's
 * words
 * @param status open, taken or done
 * @param count how many times it was raised while pending
 * @param createdAt first raised
 * @param lastAt last raised
 * @param takenBy the staff member who took it
 * @param takenAt when
 * @param closedBy the staff member who closed it
 * @param closedAt when
 * @param schemaVersion the document's schema version
 * @param messages the outbox entries of the alert's messages in the moderators' chat,
 * edited to say who took it
 * @param repeatedAt when the alert, untaken, was repeated to the moderators (once)
 * @param locale the person's language, to tell them when someone took it (null: not
 * known)
 */
@Document("alerts")
public record Alert(@Id String id, ModeratorAlerts.Reason reason, @Indexed long chatId, String personRef,
		@Indexed String programme, String context, @Indexed AlertStatus status, int count, Instant createdAt,
		Instant lastAt, String takenBy, Instant takenAt, String closedBy, Instant closedAt, int schemaVersion,
		List<String> messages, @Indexed Instant repeatedAt, String locale) {

	/**
	 * The schema version written by this code; version 1 had no messages, repeat time nor
	 * locale, which read as none.
	 */
	public static final int SCHEMA_VERSION = 2;

	public Alert {
		messages = (messages != null) ? List.copyOf(messages) : List.of();
	}

	/**
	 * How long after it was raised the alert was taken, or null while nobody has taken
	 * it.
	 */
	public Duration waited() {
		return (this.takenAt != null && this.createdAt != null) ? Duration.between(this.createdAt, this.takenAt) : null;
	}

	/** The group an alert about a peer group is about (its page in the panel). */
	public OptionalLong groupChatId() {
		return Alerts.ABOUT_A_GROUP.contains(this.reason) ? OptionalLong.of(this.chatId) : OptionalLong.empty();
	}

	/**
	 * The number of the help request the alert names: the request nobody took or whose
	 * volunteer is silent, or the one a handoff to a person opened ({@link Handoff}).
	 */
	public OptionalLong requestNumber() {
		if (this.context == null) {
			return OptionalLong.empty();
		}
		Matcher matcher = (this.reason == ModeratorAlerts.Reason.REQUEST_WAITING
				|| this.reason == ModeratorAlerts.Reason.REQUEST_SILENT
				|| this.reason == ModeratorAlerts.Reason.RELAY_REPORTED) ? REQUEST.matcher(this.context)
						: (this.reason == ModeratorAlerts.Reason.NEEDS_PERSON) ? HANDED_OVER.matcher(this.context)
								: null;
		return (matcher != null && matcher.find()) ? OptionalLong.of(Long.parseLong(matcher.group(1)))
				: OptionalLong.empty();
	}

	private static final Pattern REQUEST = Pattern.compile("^([0-9]{1,18})$");

	private static final Pattern HANDED_OVER = Pattern.compile(Pattern.quote(Handoff.REQUEST_NAMED) + "([0-9]{1,18})$");

	@Override
	public String toString() {
		return "Alert[" + this.id + ", " + this.reason + ", " + this.status + "]";
	}

}
