package org.peersupport.safety;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.OutboxRef;
import org.peersupport.messaging.Outgoing;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.SendPriority;
import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.participants.PersonForgotten;
import org.peersupport.participants.PersonRefs;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.Volunteers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;

/**
 * Alerts staff: an alert about a person is kept in {@link Alerts}, which the panel lists
 * whether or not a moderators' chat is configured, and is also sent to that chat through
 * the outbox when it is. An alert names the person by their pseudonymous reference only,
 * never by name, Telegram id or what they wrote. A crisis alert goes first of all sends
 * and always; other alerts about one person are limited per period in the chat
 * ({@code peer.moderators.alerts}), while the panel's list counts every one.
 */
public class ModeratorAlerts {

	private static final Logger log = LoggerFactory.getLogger(ModeratorAlerts.class);

	private final ModeratorsProperties moderators;

	private final PersonRefs refs;

	private final Alerts alerts;

	private final Participants participants;

	private final Volunteers volunteers;

	private final AlertLimit limit;

	private final Outbox outbox;

	private final Clock clock;

	public ModeratorAlerts(ModeratorsProperties moderators, PersonRefs refs, Alerts alerts, Participants participants,
			Volunteers volunteers, Outbox outbox, Clock clock) {
		this.moderators = moderators;
		this.outbox = outbox;
		this.refs = refs;
		this.alerts = alerts;
		this.participants = participants;
		this.volunteers = volunteers;
		this.limit = new AlertLimit(moderators.alerts().perPerson(), moderators.alerts().period(),
				moderators.alerts().crisisWindow());
		this.clock = clock;
	}

	/** Why moderators are alerted. */
	public enum Reason {

		/** Crisis words in a private message. */
		CRISIS,

		/** Someone could not answer a question after several tries and needs a person. */
		NEEDS_PERSON,

		/** A script's {@code alertModerators} action. */
		SCRIPT,

		/**
		 * No volunteer has taken a person's help request: the final wave reached the
		 * team.
		 */
		REQUEST_WAITING,

		/**
		 * The volunteer who took a person's request has not written to them, even after a
		 * reminder.
		 */
		REQUEST_SILENT,

		/** A volunteer's application waits for a decision. */
		VOLUNTEER_PENDING,

		/** The bot was added to a group, which waits to be activated in the panel. */
		GROUP_PENDING,

		/** The bot lacks administrator rights it needs in a group. */
		GROUP_RIGHTS_MISSING,

		/** The bot was removed from a group, which is now inactive. */
		GROUP_REMOVED,

		/**
		 * A participant left several check-ins in a row unanswered, a gentle reminder
		 * among them.
		 */
		CHECK_INS_UNANSWERED,

		/**
		 * A volunteer reported a message a participant wrote in the anonymous relay (the
		 * panel shows the message on the request's page).
		 */
		RELAY_REPORTED,

		/**
		 * A participant blocked the bot: nothing reaches them until they write again.
		 * Raised once a blocking.
		 */
		PARTICIPANT_BLOCKED,

		/**
		 * Someone the bot did not place asked to join a group, and the request waits for
		 * a moderator on the group's page. Sent once per held request.
		 */
		JOIN_HELD

	}

	/**
	 * Alerts the moderators about the person in {@code chatId}, as part of the answer to
	 * the event {@code replies} belong to.
	 * @param context what the alert is about (a programme key, a script step); never text
	 * the person wrote
	 */
	public void alert(Replies replies, Reason reason, long chatId, String context) {
		keep(reason, chatId, context);
		send(replies, reason, chatId, context);
	}

	/**
	 * Keeps an alert about a person for the panel's list, where the team sees it.
	 * @return whether it was kept (only alerts about a person are)
	 */
	boolean keep(Reason reason, long chatId, String context) {
		if (!Alerts.KEPT_FOR_PANEL.contains(reason)) {
			return false;
		}
		return this.alerts.raise(reason, chatId, this.refs.of(chatId), programmeOf(chatId), context) != null;
	}

	/**
	 * Sends an alert to the moderators' chat when one is set, as part of the answer to
	 * the event {@code replies} belong to.
	 */
	void send(Replies replies, Reason reason, long chatId, String context) {
		if (reason == Reason.CRISIS) {
			crisis(Sends.of(replies), Signal.WORDS, chatId, context, replies.event().receipt());
			return;
		}
		String ref = this.refs.of(chatId);
		if (this.moderators.chatId() == null) {
			log.info("Moderators alert {} for {} kept for the panel; no moderators' chat is set", reason, ref);
			return;
		}
		if (!this.limit.allows(chatId, replies.event().receipt(), this.clock.instant())) {
			log.info("Moderators alert {} for {} held back: {} alerts about them in the last {}", reason, ref,
					this.moderators.alerts().perPerson(), this.moderators.alerts().period());
			// Another run of this update may decide otherwise: the calls after keep their
			// numbers.
			replies.skip();
			return;
		}
		String text = SafetyTexts.get("alert." + reason.name().toLowerCase(java.util.Locale.ROOT),
				this.moderators.locale(), ref, (context != null) ? context : "-");
		replies.put(new Outgoing.SendMessage(this.moderators.chatId(), true, text, List.of()),
				SendPriority.INTERACTIVE);
	}

	/**
	 * Keeps a crisis alert about the person for the panel, with their language, so that
	 * they can be told when someone takes it.
	 * @param context the programme named in the alert (the person's, or the one chosen so
	 * far)
	 * @return the alert, or null if it was not kept
	 */
	Alert keepCrisis(long chatId, String context, String locale) {
		return this.alerts.raise(Reason.CRISIS, chatId, this.refs.of(chatId), programmeOf(chatId), context, locale);
	}

	/**
	 * Sends a crisis alert to the moderators' chat when one is set, first of all sends,
	 * with a "take it" button while nobody has taken it. A later one about the same
	 * person in the crisis window says how many crisis messages came, and replaces an
	 * earlier one still waiting.
	 * @param signal what raised it
	 * @param receipt names the work it answers (the update), counted once
	 */
	void crisis(Sends sends, Signal signal, long chatId, String context, String receipt) {
		crisis(sends, signal, chatId, context, receipt, null);
	}

	/**
	 * Sends a crisis alert as above, to {@code to} (a group's own moderators' chat, for
	 * crisis words written in that group), or to the configured chat when null.
	 */
	void crisis(Sends sends, Signal signal, long chatId, String context, String receipt, Long to) {
		String ref = this.refs.of(chatId);
		Long chat = (to != null) ? to : this.moderators.chatId();
		if (chat == null) {
			log.info("Moderators alert {} ({}) for {} kept for the panel; no moderators' chat is set", Reason.CRISIS,
					signal, ref);
			return;
		}
		String programme = (context != null) ? context : "-";
		String locale = this.moderators.locale();
		String text;
		if (signal == Signal.WORDS) {
			int messages = this.limit.countCrisis(chatId, receipt, this.clock.instant());
			text = (messages == 1) ? SafetyTexts.get("alert.crisis", locale, ref, programme)
					: SafetyTexts.get("alert.crisis_repeated", locale, ref, programme, messages,
							this.moderators.alerts().crisisWindow().toMinutes());
		}
		else {
			text = SafetyTexts.get(signal.textKey, locale, ref, programme);
		}
		Alert alert = this.alerts.pendingOf(chatId, Reason.CRISIS).orElse(null);
		boolean open = alert != null && alert.status() == AlertStatus.OPEN;
		// one waiting alert about the person per chat: a later one replaces it there
		OutboxRef sent = sends.put(
				new Outgoing.SendMessage(chat, true, text,
						open ? List.of(List.of(TakeButton.button(alert.id(), locale))) : List.of()),
				SendPriority.CRISIS, "crisis-alert:" + ref + ((to != null) ? "@" + to : ""));
		if (open) {
			this.alerts.remember(alert.id(), sent.entryId());
		}
	}

	/**
	 * The person asks to talk to a person: their crisis alert is kept (the pending one,
	 * or a new one) and goes to the moderators' chat, as part of the answer to the press.
	 * @return the alert, or null if it was not kept
	 */
	Alert talk(Replies replies, long chatId, String locale) {
		String programme = programmeOf(chatId);
		Alert alert = keepCrisis(chatId, programme, locale);
		crisis(Sends.of(replies), Signal.TALK, chatId, programme, replies.event().receipt());
		return alert;
	}

	/** What raised a crisis alert; each has its text in the moderators' chat. */
	enum Signal {

		/** Crisis words in a private message. */
		WORDS("alert.crisis"),

		/** The lowest mood in a check-in. */
		LOW_MOOD("alert.low_mood"),

		/** The person pressed "I want to talk to a person". */
		TALK("alert.talk");

		private final String textKey;

		Signal(String textKey) {
			this.textKey = textKey;
		}

	}

	/**
	 * Alerts the moderators about the person in {@code chatId} from a job rather than as
	 * an answer to an update: kept for the panel's list, and sent to the moderators' chat
	 * when one is set, once per {@code origin}.
	 * @param origin names this alert for good (e.g. the request it is about), so a job
	 * that runs again sends it once
	 * @param context what it is about, never text the person wrote
	 */
	public void alert(String origin, Reason reason, long chatId, String context) {
		keep(reason, chatId, context);
		if (this.moderators.chatId() == null) {
			log.info("Moderators alert {} for {} kept for the panel; no moderators' chat is set", reason,
					this.refs.of(chatId));
			return;
		}
		String text = SafetyTexts.get("alert." + reason.name().toLowerCase(java.util.Locale.ROOT),
				this.moderators.locale(), this.refs.of(chatId), (context != null) ? context : "-");
		this.outbox.put(origin, 0, new Outgoing.SendMessage(this.moderators.chatId(), true, text, List.of()),
				SendPriority.INTERACTIVE);
	}

	/**
	 * Alerts the moderators that a participant left {@code unanswered} check-ins in a row
	 * unanswered: kept for the panel, and sent to the moderators' chat when one is set,
	 * with "I take it" while nobody has taken it; the message is stored once under
	 * {@code origin}.
	 * @param programme the participant's programme, or null if not known
	 */
	void unansweredCheckIns(String origin, long chatId, String programme, int unanswered) {
		withTakeButton(Reason.CHECK_INS_UNANSWERED, origin, chatId, programme, unanswered);
	}

	/**
	 * Alerts the moderators that a participant blocked the bot: kept for the panel, and
	 * sent to the moderators' chat when one is set, with "I take it" while nobody has
	 * taken it; the message is stored once under {@code origin}.
	 * @param programme the participant's programme, or null if not known
	 */
	void participantBlocked(String origin, long chatId, String programme) {
		withTakeButton(Reason.PARTICIPANT_BLOCKED, origin, chatId, programme);
	}

	/**
	 * Keeps an alert of a reason that needs no answer to an update, and stores its
	 * message to the moderators' chat once under {@code origin}, with "I take it" while
	 * nobody has taken it. The text gets the person's reference, the programme, then
	 * {@code args}.
	 */
	private void withTakeButton(Reason reason, String origin, long chatId, String programme, Object... args) {
		String ref = this.refs.of(chatId);
		Alert alert = this.alerts.raise(reason, chatId, ref, (programme != null) ? programme : programmeOf(chatId),
				programme);
		Long chat = this.moderators.chatId();
		if (chat == null) {
			log.info("Moderators alert {} for {} kept for the panel; no moderators' chat is set", reason, ref);
			return;
		}
		String locale = this.moderators.locale();
		Object[] textArgs = new Object[args.length + 2];
		textArgs[0] = ref;
		textArgs[1] = (programme != null) ? programme : "-";
		System.arraycopy(args, 0, textArgs, 2, args.length);
		String text = SafetyTexts.get("alert." + reason.name().toLowerCase(java.util.Locale.ROOT), locale, textArgs);
		boolean open = alert != null && alert.status() == AlertStatus.OPEN;
		OutboxRef sent = this.outbox.put(origin, 0,
				new Outgoing.SendMessage(chat, true, text,
						open ? List.of(List.of(TakeButton.button(alert.id(), locale))) : List.of()),
				SendPriority.INTERACTIVE);
		if (open) {
			this.alerts.remember(alert.id(), sent.entryId());
		}
	}

	/**
	 * Alerts the moderators about a peer group (not a person): kept in {@link Alerts} for
	 * the panel, and sent to the moderators' chat when one is set.
	 * @param groupChatId the group's chat id (a group's id names no person)
	 * @param programme the group's programme, or null while it has none
	 * @param context what it is about (e.g. the rights missing), never anyone's words
	 */
	public void aboutGroup(Replies replies, Reason reason, long groupChatId, String programme, String context) {
		aboutGroup(replies, reason, groupChatId, programme, context, null);
	}

	/**
	 * Alerts the moderators about a peer group, as part of the answer to the event
	 * {@code replies} belong to: kept for the panel, and sent to the group's own
	 * moderators' chat, or to the one from configuration when the group has none.
	 * @param groupModerators the group's own moderators' chat, or null
	 */
	public void aboutGroup(Replies replies, Reason reason, long groupChatId, String programme, String context,
			Long groupModerators) {
		Long chat = raiseAboutGroup(reason, groupChatId, programme, context, groupModerators);
		if (chat != null) {
			replies.put(new Outgoing.SendMessage(chat, true, groupText(reason, groupChatId, context), List.of()),
					SendPriority.INTERACTIVE);
		}
	}

	/**
	 * Alerts the moderators about a peer group from outside an update's answer: kept for
	 * the panel, and the message to the group's moderators' chat (or the one from
	 * configuration) stored once under {@code origin}.
	 * @param origin names this alert for good, so running the work again sends it once
	 * @param groupModerators the group's own moderators' chat, or null
	 */
	public void aboutGroup(String origin, Reason reason, long groupChatId, String programme, String context,
			Long groupModerators) {
		Long chat = raiseAboutGroup(reason, groupChatId, programme, context, groupModerators);
		if (chat != null) {
			this.outbox.put(origin, 0,
					new Outgoing.SendMessage(chat, true, groupText(reason, groupChatId, context), List.of()),
					SendPriority.INTERACTIVE);
		}
	}

	/** Keeps the alert for the panel; returns the chat to tell, or null if none. */
	private Long raiseAboutGroup(Reason reason, long groupChatId, String programme, String context,
			Long groupModerators) {
		if (!Alerts.ABOUT_A_GROUP.contains(reason)) {
			throw new IllegalArgumentException(reason + " is not about a group");
		}
		String group = "group " + groupChatId;
		this.alerts.raise(reason, groupChatId, group, programme, context);
		Long chat = (groupModerators != null) ? groupModerators : this.moderators.chatId();
		if (chat == null) {
			log.info("Moderators alert {} for {} kept for the panel; no moderators' chat is set", reason, group);
		}
		return chat;
	}

	private String groupText(Reason reason, long groupChatId, String context) {
		return SafetyTexts.get("alert." + reason.name().toLowerCase(java.util.Locale.ROOT), this.moderators.locale(),
				"group " + groupChatId, (context != null) ? context : "-");
	}

	@EventListener
	void forget(PersonForgotten forgotten) {
		this.limit.forget(forgotten.chatId());
	}

	private String programmeOf(long chatId) {
		return this.participants.find(chatId)
			.map(Participant::programme)
			.or(() -> this.volunteers.ofChat(chatId)
				.stream()
				.map(Volunteer::programme)
				.filter(Objects::nonNull)
				.findFirst())
			.orElse(null);
	}

}
