package org.peersupport.groups;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.peersupport.leases.ItemLeases;
import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.OutboxRef;
import org.peersupport.messaging.Outgoing;
import org.peersupport.messaging.SendPriority;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The bot's own notices in groups (welcomes, the rules), deleted after
 * {@code peer.groups.notice-lifetime} so the bot's noise does not stay (zero keeps them).
 * A notice is kept as data when it is stored in the outbox, and due ones are claimed
 * through the lease helper, so on any number of instances and across restarts each is
 * deleted once: the deletion is stored in the outbox under the notice's name before the
 * notice is removed, and a crash between the two stores nothing twice.
 */
public class GroupNotices {

	/** Far longer than one notice's work. */
	private static final Duration CLAIM = Duration.ofMinutes(2);

	private static final int BATCH = 50;

	private final MongoOperations mongo;

	private final ItemLeases leases;

	private final Outbox outbox;

	private final Duration lifetime;

	private final Clock clock;

	GroupNotices(MongoOperations mongo, ItemLeases leases, Outbox outbox, Duration lifetime, Clock clock) {
		this.mongo = mongo;
		this.leases = leases;
		this.outbox = outbox;
		this.lifetime = lifetime;
		this.clock = clock;
	}

	/**
	 * Keeps a notice the bot posts in a group, to delete it when its time is up; once
	 * however often the same send is kept.
	 */
	public void posted(OutboxRef sent, long groupChatId) {
		if (this.lifetime.isZero()) {
			return;
		}
		try {
			this.mongo.insert(new GroupNotice(sent.entryId(), groupChatId, this.clock.instant().plus(this.lifetime),
					GroupNotice.SCHEMA_VERSION));
		}
		catch (DuplicateKeyException ex) {
			// kept on an earlier run of the same update
		}
	}

	/**
	 * Deletes the notices whose time is up.
	 * @return how many deletions this call stored
	 */
	int deleteDue() {
		Instant now = this.clock.instant();
		int deleted = 0;
		for (GroupNotice due : this.leases.claim(GroupNotice.class, Criteria.where("deleteAt").lte(now),
				Sort.by("deleteAt"), BATCH, CLAIM)) {
			OutboxRef sent = new OutboxRef(due.entryId());
			// by its Telegram id once known; else after the send, whose entry it waits
			// for
			Outgoing.MessageTarget target = this.outbox.sentMessageId(sent)
				.map(Outgoing.MessageTarget::message)
				.orElse(Outgoing.MessageTarget.entry(sent));
			this.outbox.put("grp-notice-del:" + due.entryId(), 0, new Outgoing.DeleteMessage(due.groupChatId(), target),
					SendPriority.BULK);
			// another instance that claims it after this lease ended stores the same call
			// under the same origin, that is nothing
			if (this.mongo.remove(Query.query(Criteria.where("_id").is(due.entryId())), GroupNotice.class)
				.getDeletedCount() == 1) {
				deleted++;
			}
		}
		return deleted;
	}

	/**
	 * Forgets the notices waiting in a group that became a supergroup: their message ids
	 * name messages of the old chat, so a deletion would only fail and wait among the
	 * dead letters. Those notices stay.
	 * @return how many were forgotten
	 */
	long forgetMigrated(long oldChatId) {
		return this.mongo.remove(Query.query(Criteria.where("groupChatId").is(oldChatId)), GroupNotice.class)
			.getDeletedCount();
	}

	/** The notices waiting in a group (for tests and the panel). */
	long waitingIn(long groupChatId) {
		return this.mongo.count(Query.query(Criteria.where("groupChatId").is(groupChatId)), GroupNotice.class);
	}

}
