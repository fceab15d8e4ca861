package org.peersupport.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Where features put outgoing calls: each is stored before it is sent, under an id made
 * of its origin and sequence number, and the sender is woken at once.
 */
public class Outbox {

	/** Telegram's limit for a message text. */
	public static final int MAX_TEXT_LENGTH = 4096;

	/** Telegram's limit on a photo's caption. */
	public static final int MAX_CAPTION_LENGTH = 1024;

	private final OutboxStore store;

	private final OutboxSender sender;

	private final Clock clock;

	private final GroupedWrites<Insert> inserts;

	Outbox(OutboxStore store, OutboxSender sender, Clock clock) {
		this.store = store;
		this.sender = sender;
		this.clock = clock;
		this.inserts = new GroupedWrites<>(this::insertAll, Outbox::worthInsertingAlone);
	}

	/**
	 * Replies to one inbound event; their ids derive from the event's receipt (not its
	 * update id, which Telegram reuses).
	 */
	public Replies repliesTo(InboundEvent event) {
		return new Replies(this, event, event.receipt());
	}

	/**
	 * Replies for work that no update asked for (the panel starting a draft in a sandbox
	 * chat), stored under an origin key unique to that piece of work.
	 */
	public Replies repliesUnder(String origin, InboundEvent event) {
		return new Replies(this, event, origin);
	}

	/**
	 * The apology for an event that could not be handled; apart from its replies, which
	 * may exist.
	 */
	Replies apologyTo(InboundEvent event) {
		return new Replies(this, event, event.receipt() + "x");
	}

	/**
	 * An interactive call that is not a reply (a moderator's action) under an origin key
	 * that is unique for the piece of work; putting the same origin and sequence twice
	 * stores it once.
	 */
	public OutboxRef put(String origin, int seq, Outgoing call) {
		return put(origin, seq, call, SendPriority.INTERACTIVE);
	}

	/**
	 * Calls that are not replies (jobs, moderators' actions) under an origin key that is
	 * unique for the piece of work, e.g. {@code checkin:42:2026-11-23}; putting the same
	 * origin and sequence twice stores it once. Jobs use {@link SendPriority#BULK}.
	 */
	public OutboxRef put(String origin, int seq, Outgoing call, SendPriority priority) {
		return put(origin, seq, call, priority, null);
	}

	/**
	 * Like {@link #put(String, int, Outgoing, SendPriority)}; a call with a supersede key
	 * cancels a call with the same key that still waits to be sent (the later call says
	 * what the earlier one would have said).
	 */
	public OutboxRef put(String origin, int seq, Outgoing call, SendPriority priority, String supersedeKey) {
		validate(call);
		OutboxEntry entry = toEntry(origin, seq, call, effectivePriority(call, priority), supersedeKey,
				this.clock.instant());
		// Stored before this returns (a handler's next state change relies on it), with
		// one write shared with the calls other threads put meanwhile.
		this.sender.insertAndSubmit(entry, () -> {
			Insert insert = new Insert(entry);
			this.inserts.write(insert);
			return insert.stored;
		});
		return new OutboxRef(entry.id());
	}

	/**
	 * A call that edits or deletes a message an earlier entry sends waits for that entry;
	 * while it is not sent, the call goes at no higher priority than it, so that it never
	 * stands in its own chat's queue ahead of the message it waits for.
	 */
	private SendPriority effectivePriority(Outgoing call, SendPriority priority) {
		String targetId = targetEntryId(call);
		if (targetId == null || priority == SendPriority.BULK) {
			return priority;
		}
		OutboxEntry target = this.store.find(targetId);
		if (target != null && target.state() == OutboxState.PENDING && target.priority().rank() > priority.rank()) {
			return target.priority();
		}
		return priority;
	}

	private static String targetEntryId(Outgoing call) {
		Outgoing.MessageTarget target = null;
		if (call instanceof Outgoing.EditText edit) {
			target = edit.target();
		}
		else if (call instanceof Outgoing.EditButtons edit) {
			target = edit.target();
		}
		else if (call instanceof Outgoing.DeleteMessage delete) {
			target = delete.target();
		}
		return (target != null) ? target.entryId() : null;
	}

	private void insertAll(List<Insert> group) {
		Set<Integer> repeats = this.store.insertAll(group.stream().map(Insert::entry).toList());
		for (int i = 0; i < group.size(); i++) {
			group.get(i).stored = !repeats.contains(i);
		}
	}

	/**
	 * Whether a group of inserts that failed is tried again insert by insert, so that a
	 * call the store cannot take fails only its own caller; not when the store is down.
	 */
	private static boolean worthInsertingAlone(RuntimeException ex) {
		return !(ex instanceof DataAccessResourceFailureException || ex instanceof TransientDataAccessException);
	}

	/** Dead-lettered calls, newest first. */
	public List<OutboxEntry> deadLetters(int offset, int limit) {
		return this.store.dead(offset, limit);
	}

	/** Dead-lettered calls to these chats, newest first. */
	public List<OutboxEntry> deadLetters(Collection<Long> chatIds, int offset, int limit) {
		return this.store.dead(chatIds, offset, limit);
	}

	/** How many dead-lettered calls go to these chats. */
	public long countDeadLetters(Collection<Long> chatIds) {
		return this.store.countDead(chatIds);
	}

	/** The call with this id, if it is dead-lettered. */
	public Optional<OutboxEntry> deadLetter(String id) {
		return Optional.ofNullable(this.store.find(id)).filter((entry) -> entry.state() == OutboxState.DEAD);
	}

	/**
	 * The Telegram message id a stored send produced, once it was sent and while the
	 * entry is kept.
	 */
	public Optional<Long> sentMessageId(OutboxRef ref) {
		return Optional.ofNullable(this.store.find(ref.entryId())).map(OutboxEntry::sentMessageId);
	}

	/** The chat a stored call goes to, while its entry is kept. */
	public Optional<Long> chatOf(OutboxRef ref) {
		return Optional.ofNullable(this.store.find(ref.entryId())).map(OutboxEntry::chatId);
	}

	/**
	 * Where the call put under this origin and sequence stands (pending, sent, cancelled,
	 * dead), while its entry is kept; empty if none was put or it was purged.
	 */
	public Optional<OutboxState> state(String origin, int seq) {
		return Optional.ofNullable(this.store.find(entryId(origin, seq))).map(OutboxEntry::state);
	}

	private static String entryId(String origin, int seq) {
		return origin + "-" + seq;
	}

	/** How many calls are in the given state. */
	public long count(OutboxState state) {
		return this.store.count(state);
	}

	/** Puts a dead-lettered call back in line; false if it is no longer dead. */
	public boolean retryDeadLetter(String id) {
		if (!this.store.revive(id, this.clock.instant())) {
			return false;
		}
		OutboxEntry entry = this.store.find(id);
		if (entry != null) {
			this.sender.submit(entry);
		}
		return true;
	}

	/** Drops a dead-lettered call; false if it is no longer dead. */
	public boolean discardDeadLetter(String id) {
		return this.store.discard(id);
	}

	/** Erases every stored call to a chat, dead letters included. */
	public long forgetChat(long chatId) {
		return this.store.forgetChat(chatId);
	}

	/** Forgets sent and cancelled calls finished before the cutoff. */
	public long purgeFinishedBefore(Instant cutoff) {
		return this.store.purgeFinishedBefore(cutoff);
	}

	/**
	 * Forgets dead letters given up before the cutoff: what they would have said (a
	 * relayed message, a reply) is not kept for ever for a retry nobody made.
	 */
	public long purgeDeadBefore(Instant cutoff) {
		return this.store.purgeDeadBefore(cutoff);
	}

	private static void validate(Outgoing call) {
		String text = null;
		String caption = null;
		List<List<Button>> rows = List.of();
		if (call instanceof Outgoing.SendMessage send) {
			text = send.text();
			rows = send.buttons();
		}
		else if (call instanceof Outgoing.CreateInviteLinkAndSend send) {
			text = send.text();
		}
		else if (call instanceof Outgoing.EditText edit) {
			text = edit.text();
			rows = edit.buttons();
		}
		else if (call instanceof Outgoing.EditButtons edit) {
			rows = edit.buttons();
		}
		else if (call instanceof Outgoing.SendPhoto photo) {
			caption = photo.caption();
		}
		else if (call instanceof Outgoing.CopyMessage copy) {
			caption = copy.caption();
			rows = copy.buttons();
		}
		if (caption != null && caption.length() > MAX_CAPTION_LENGTH) {
			throw new IllegalArgumentException("A caption has at most " + MAX_CAPTION_LENGTH + " characters");
		}
		if (text != null && (text.isBlank() || text.length() > MAX_TEXT_LENGTH)) {
			throw new IllegalArgumentException(
					"Message text must have 1 to " + MAX_TEXT_LENGTH + " characters, has " + text.length());
		}
		for (List<Button> row : rows) {
			for (Button button : row) {
				if (button.data().getBytes(StandardCharsets.UTF_8).length > Button.MAX_DATA_BYTES) {
					throw new IllegalArgumentException("Button data over " + Button.MAX_DATA_BYTES + " bytes");
				}
			}
		}
	}

	private static OutboxEntry toEntry(String origin, int seq, Outgoing call, SendPriority priority,
			String supersedeKey, Instant now) {
		EntryDraft draft = new EntryDraft(call.chatId());
		if (call instanceof Outgoing.SendMessage c) {
			draft.action = OutboundAction.SEND_MESSAGE;
			draft.group = c.group();
			draft.text = c.text();
			draft.buttons = c.buttons();
		}
		else if (call instanceof Outgoing.EditText c) {
			draft.action = OutboundAction.EDIT_TEXT;
			draft.text = c.text();
			draft.buttons = c.buttons();
			draft.target(c.target());
		}
		else if (call instanceof Outgoing.EditButtons c) {
			draft.action = OutboundAction.EDIT_BUTTONS;
			draft.buttons = c.buttons();
			draft.target(c.target());
		}
		else if (call instanceof Outgoing.DeleteMessage c) {
			draft.action = OutboundAction.DELETE_MESSAGE;
			draft.target(c.target());
		}
		else if (call instanceof Outgoing.AnswerButton c) {
			draft.action = OutboundAction.ANSWER_BUTTON;
			draft.text = c.text();
			draft.pressId = c.buttonPressId();
			draft.alert = c.alert();
		}
		else if (call instanceof Outgoing.ApproveJoin c) {
			draft.member(OutboundAction.APPROVE_JOIN, c.userId());
		}
		else if (call instanceof Outgoing.DeclineJoin c) {
			draft.member(OutboundAction.DECLINE_JOIN, c.userId());
		}
		else if (call instanceof Outgoing.BanMember c) {
			draft.member(OutboundAction.BAN_MEMBER, c.userId());
		}
		else if (call instanceof Outgoing.UnbanMember c) {
			draft.member(OutboundAction.UNBAN_MEMBER, c.userId());
		}
		else if (call instanceof Outgoing.SendPhoto c) {
			draft.action = OutboundAction.SEND_PHOTO;
			draft.text = c.caption();
			draft.photo = c.photo();
		}
		else if (call instanceof Outgoing.CopyMessage c) {
			draft.action = OutboundAction.COPY_MESSAGE;
			draft.text = c.caption();
			draft.buttons = c.buttons();
			draft.copy = new OutboxEntry.Copy(c.fromChatId(), c.messageId());
		}
		else if (call instanceof Outgoing.RestrictMember c) {
			draft.member(OutboundAction.RESTRICT_MEMBER, c.userId());
			draft.restriction = new OutboxEntry.Restriction(c.rights(), c.until());
		}
		else if (call instanceof Outgoing.CreateInviteLinkAndSend c) {
			draft.action = OutboundAction.SEND_INVITE_LINK;
			draft.text = c.text();
			draft.inviteLink = new OutboxEntry.InviteLinkSpec(c.groupChatId(), c.linkName(), c.validFor().toSeconds(),
					null);
		}
		return new OutboxEntry(entryId(origin, seq), origin, seq, draft.action, draft.chatId, draft.group, draft.text,
				draft.buttons, draft.messageId, draft.targetEntryId, draft.pressId, draft.userId, draft.alert,
				OutboxState.PENDING, 0, null, 0, null, null, now, null, priority, supersedeKey, draft.inviteLink,
				draft.restriction, OutboxEntry.SCHEMA_VERSION, draft.photo, draft.copy);
	}

	/** The fields of an entry being assembled from an {@link Outgoing} call. */
	private static final class EntryDraft {

		private final long chatId;

		private OutboundAction action;

		private boolean group;

		private String text;

		private List<List<Button>> buttons = List.of();

		private byte[] photo;

		private OutboxEntry.Copy copy;

		private Long messageId;

		private String targetEntryId;

		private String pressId;

		private Long userId;

		private boolean alert;

		private OutboxEntry.InviteLinkSpec inviteLink;

		private OutboxEntry.Restriction restriction;

		EntryDraft(long chatId) {
			this.chatId = chatId;
		}

		void target(Outgoing.MessageTarget target) {
			this.messageId = target.messageId();
			this.targetEntryId = target.entryId();
		}

		void member(OutboundAction action, long userId) {
			this.action = action;
			this.group = true;
			this.userId = userId;
		}

	}

	/** One call on its way into the store; {@code stored} is false for a repeat. */
	private static final class Insert {

		private final OutboxEntry entry;

		private volatile boolean stored;

		Insert(OutboxEntry entry) {
			this.entry = entry;
		}

		OutboxEntry entry() {
			return this.entry;
		}

	}

}
