package org.peersupport.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.peersupport.leases.NamedLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;

/**
 * Drains the outbox through the rate limiter to the Bot API: highest priority first, in
 * order per chat within a priority, retrying 5xx and timeouts with backoff, honouring
 * {@code retry_after}, dead-lettering after the last attempt. Retry state lives in the
 * stored entry; what is in memory is only a schedule, rebuilt from the store at start and
 * by a periodic sweep.
 */
class OutboxSender implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private static final Duration WAIT_FOR_TARGET = Duration.ofMillis(200);

	private static final Duration STOP_GRACE = Duration.ofSeconds(10);

	/** The lease that makes one of several instances the sender. */
	static final String LEASE = "messaging-sender";

	/**
	 * How long the sender lease holds; another instance sends at most this long after a
	 * crash.
	 */
	static final Duration LEASE_TIME = Duration.ofSeconds(10);

	/** How long before the lease's end the holder stops sending, unless it renewed. */
	private static final Duration LEASE_MARGIN = Duration.ofSeconds(3);

	private final OutboxStore store;

	private final BotApiPort port;

	private final RateLimiter limiter;

	private final ChatReachability reachability;

	private final Lanes<String> lanes;

	private final ScheduledExecutorService scheduler;

	private final MessagingProperties properties;

	private final Backoff backoff;

	private final Clock clock;

	private final SendMetrics metrics;

	private final GroupedWrites<OutboxStore.Sent> sentMarks;

	private final Semaphore unrecorded;

	private final Set<String> scheduled = ConcurrentHashMap.newKeySet();

	/** The latest scheduled entry per supersede key. */
	private final Map<String, Latest> latest = new ConcurrentHashMap<>();

	private final AtomicBoolean running = new AtomicBoolean();

	private final AtomicInteger inFlight = new AtomicInteger();

	private volatile ScheduledFuture<?> sweep;

	/** With other instances: the sender lease, else null (this process always sends). */
	private final NamedLeases leases;

	/** With the sender lease: until when (System.nanoTime) this instance may send. */
	private volatile long sendsUntil;

	private volatile long nextLeaseCheck;

	OutboxSender(OutboxStore store, BotApiPort port, RateLimiter limiter, ChatReachability reachability,
			Lanes<String> lanes, ScheduledExecutorService scheduler, MessagingProperties properties, Clock clock,
			SendMetrics metrics) {
		this(store, port, limiter, reachability, lanes, scheduler, properties, clock, metrics, null);
	}

	/**
	 * A sender that shares the store with other instances when {@code leases} is given:
	 * the instance holding the sender lease sends every stored call (so the global rate
	 * and each chat's limits and {@code retry_after} are counted in one place), the
	 * others only store theirs; the holder finds them by a sweep every
	 * {@code peer.messaging.shared-sweep-interval}.
	 */
	OutboxSender(OutboxStore store, BotApiPort port, RateLimiter limiter, ChatReachability reachability,
			Lanes<String> lanes, ScheduledExecutorService scheduler, MessagingProperties properties, Clock clock,
			SendMetrics metrics, NamedLeases leases) {
		this.leases = leases;
		this.store = store;
		this.port = port;
		this.limiter = limiter;
		this.reachability = reachability;
		this.lanes = lanes;
		this.scheduler = scheduler;
		this.properties = properties;
		this.backoff = new Backoff(properties.retryInitial(), properties.retryMax());
		this.clock = clock;
		this.metrics = metrics;
		this.sentMarks = new GroupedWrites<>(store::markSent);
		this.unrecorded = new Semaphore(properties.unrecordedSends());
	}

	@Override
	public void start() {
		if (this.running.compareAndSet(false, true)) {
			if (this.leases != null) {
				checkLeaseSafely();
				long every = this.properties.sharedSweepInterval().toMillis();
				this.sweep = this.scheduler.scheduleWithFixedDelay(this::sharedTick, every, every,
						TimeUnit.MILLISECONDS);
				return;
			}
			this.reachability.load();
			sweepNow();
			long every = this.properties.sweepInterval().toMillis();
			this.sweep = this.scheduler.scheduleWithFixedDelay(this::sweepSafely, every, every, TimeUnit.MILLISECONDS);
		}
	}

	@Override
	public void stop() {
		this.running.set(false);
		ScheduledFuture<?> task = this.sweep;
		if (task != null) {
			task.cancel(false);
		}
		awaitSendsInFlight(STOP_GRACE);
		if (this.leases != null && sends()) {
			this.sendsUntil = System.nanoTime();
			try {
				// Another instance takes the sending over at once, not after the lease.
				this.leases.release(LEASE);
			}
			catch (DataAccessException ex) {
				log.warn("Could not give the sender lease up ({}); it ends by itself", ex.getClass().getSimpleName());
			}
		}
	}

	/**
	 * Whether this instance sends now: always alone, with others while it holds the
	 * lease.
	 */
	private boolean sends() {
		return this.leases == null || System.nanoTime() - this.sendsUntil < 0;
	}

	/**
	 * With other instances: keeps or takes the sender lease now and then, and while it is
	 * held, picks up what the others stored.
	 */
	private void sharedTick() {
		if (System.nanoTime() - this.nextLeaseCheck >= 0) {
			checkLeaseSafely();
		}
		if (sends()) {
			sweepSafely();
		}
	}

	private void checkLeaseSafely() {
		long checked = System.nanoTime();
		this.nextLeaseCheck = checked + LEASE_TIME.toNanos() / 5;
		boolean sent = sends();
		try {
			if (!this.leases.tryAcquire(LEASE, LEASE_TIME)) {
				this.sendsUntil = checked;
				if (sent) {
					log.info("Sending moved to another instance");
				}
				return;
			}
		}
		catch (DataAccessException ex) {
			log.warn("Sender lease not checked: store unavailable ({})", ex.getClass().getSimpleName());
			return;
		}
		// Stops short of the lease's end, so that it never sends after another took over.
		this.sendsUntil = checked + LEASE_TIME.minus(LEASE_MARGIN).toNanos();
		if (!sent) {
			log.info("This instance sends now");
			this.reachability.load();
			Instant now = this.clock.instant();
			for (OutboxEntry held : this.store.heldBack(now)) {
				// Telegram's retry_after, told to the previous sender, holds here too.
				if (held.action().isChatScoped()) {
					this.limiter.penalize(held.chatId(), Duration.between(now, held.nextAttemptAt()));
				}
			}
			sweepNow();
		}
	}

	/**
	 * Lets calls already on the wire record their outcome before the store closes;
	 * otherwise a sent message would stay pending and go out again at the next start.
	 */
	private void awaitSendsInFlight(Duration grace) {
		long deadline = System.nanoTime() + grace.toNanos();
		synchronized (this.inFlight) {
			while (this.inFlight.get() > 0) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					log.warn("{} sends still in flight at stop; they may be repeated at the next start",
							this.inFlight.get());
					return;
				}
				try {
					this.inFlight.wait(Math.max(1, left / 1_000_000));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running.get();
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 300;
	}

	/**
	 * Schedules a stored entry for sending, unless it is already scheduled; each attempt
	 * reads the entry from the store first.
	 */
	void submit(OutboxEntry entry) {
		if (sends() && this.scheduled.add(entry.id())) {
			noteLatest(entry);
			SendTask task = new SendTask(entry.id(), null);
			this.lanes.submitAsync(entry.laneKey(), entry.priority().rank(), () -> attempt(task));
		}
	}

	/**
	 * Inserts an entry and schedules it. Its first attempt uses the entry as inserted
	 * instead of reading it back, since a pending entry's state moves are made by its
	 * lane alone. Two changes from outside are not seen by that attempt: a group
	 * migration (Telegram answers with the new id, and the retry reads the re-addressed
	 * entry) and an erasure of the chat while the entry waited in its lane (the call is
	 * still made; nothing is stored again, as the entry is gone). Later attempts read the
	 * entry again.
	 * <p>
	 * The id is claimed before the insert: a sweep that finds the stored entry before it
	 * is scheduled here leaves it alone. Otherwise the sweep's send could finish first,
	 * and the first attempt, which does not read the store, would send it again.
	 * @param insert stores the entry; false if it was stored already (a repeat, sent by
	 * whoever stored it or by the sweep)
	 */
	void insertAndSubmit(OutboxEntry entry, BooleanSupplier insert) {
		boolean claimed = sends() && this.scheduled.add(entry.id());
		boolean stored;
		try {
			stored = insert.getAsBoolean();
		}
		catch (RuntimeException ex) {
			if (claimed) {
				this.scheduled.remove(entry.id());
			}
			throw ex;
		}
		if (claimed && stored) {
			if (this.leases != null) {
				// What other instances stored for the chat before goes first (the sweep
				// would find it later than this call).
				this.store.pendingTo(entry.chatId()).forEach(this::submit);
			}
			noteLatest(entry);
			SendTask task = new SendTask(entry.id(), entry);
			this.lanes.submitAsync(entry.laneKey(), entry.priority().rank(), () -> attempt(task));
		}
		else if (claimed) {
			this.scheduled.remove(entry.id());
		}
	}

	private void noteLatest(OutboxEntry entry) {
		if (entry.supersedeKey() != null) {
			// Entries are scheduled in the order they were stored (the sweep reads them
			// by creation time), except one stored earlier and found by a sweep later.
			Latest candidate = new Latest(entry.id(), entry.createdAt());
			this.latest.merge(entry.supersedeKey(), candidate,
					(known, fresh) -> fresh.createdAt().isBefore(known.createdAt()) ? known : fresh);
		}
	}

	/** Whether a later entry with the same supersede key is scheduled. */
	private boolean superseded(OutboxEntry entry) {
		if (entry.supersedeKey() == null) {
			return false;
		}
		Latest newest = this.latest.get(entry.supersedeKey());
		return newest != null && !newest.id().equals(entry.id());
	}

	/**
	 * Picks up every stored pending entry that is not scheduled yet (after a crash, or a
	 * missed wake-up).
	 */
	void sweepNow() {
		for (OutboxEntry entry : this.store.pending()) {
			submit(entry);
		}
	}

	private void sweepSafely() {
		try {
			sweepNow();
		}
		catch (DataAccessException ex) {
			log.warn("Outbox sweep failed: store unavailable ({})", ex.getClass().getSimpleName());
		}
	}

	private CompletableFuture<Duration> attempt(SendTask task) {
		this.inFlight.incrementAndGet();
		CompletableFuture<Duration> outcome;
		try {
			if (task.unmarked != null) {
				// Sent, but the store did not take the mark: write the mark, do not send
				// again.
				this.unrecorded.acquireUninterruptibly();
				outcome = markSent(task, task.unmarked);
			}
			else if (!this.running.get() || !sends()) {
				// Stopped, or another instance sends now: it picks the entry up.
				this.scheduled.remove(task.id);
				outcome = CompletableFuture.completedFuture(null);
			}
			else {
				OutboxEntry inserted = task.inserted;
				task.inserted = null;
				outcome = attemptStored(task, inserted);
			}
		}
		catch (RuntimeException ex) {
			outcome = CompletableFuture.failedFuture(ex);
		}
		return outcome.handle((again, ex) -> {
			try {
				return afterAttempt(task.id, again, ex);
			}
			finally {
				synchronized (this.inFlight) {
					this.inFlight.decrementAndGet();
					this.inFlight.notifyAll();
				}
			}
		});
	}

	private Duration afterAttempt(String id, Duration again, Throwable ex) {
		if (ex == null) {
			if (again == null) {
				this.scheduled.remove(id);
				this.limiter.forget(id);
				if (!this.latest.isEmpty()) {
					this.latest.values().removeIf((newest) -> newest.id().equals(id));
				}
			}
			return again;
		}
		Throwable cause = (ex instanceof CompletionException && ex.getCause() != null) ? ex.getCause() : ex;
		if (cause instanceof DataAccessException) {
			log.warn("Outbox entry {} not sent: store unavailable ({})", id, cause.getClass().getSimpleName());
			return this.backoff.delay(2);
		}
		if (cause instanceof Error error) {
			throw error;
		}
		// Not left scheduled: the next sweep tries it again instead of never. The
		// exception's message may quote the call, so only its class is logged above
		// DEBUG.
		log.error("Outbox entry {} failed unexpectedly ({}); the next sweep tries it again", id,
				cause.getClass().getName());
		log.debug("Outbox entry {} failed", id, cause);
		this.scheduled.remove(id);
		return null;
	}

	/**
	 * Leaves the sent mark to be written with other lanes' marks; the lane goes on once
	 * it is stored, its thread at once. Releases the send's permit when the write is
	 * done.
	 */
	private CompletableFuture<Duration> markSent(SendTask task, OutboxStore.Sent sent) {
		task.unmarked = sent;
		return this.sentMarks.submit(sent).handle((stored, ex) -> {
			this.unrecorded.release();
			if (ex != null) {
				throw (ex instanceof CompletionException completion) ? completion : new CompletionException(ex);
			}
			task.unmarked = null;
			return null;
		});
	}

	private CompletableFuture<Duration> attemptStored(SendTask task, OutboxEntry inserted) {
		String id = task.id;
		OutboxEntry entry = (inserted != null) ? inserted : this.store.find(id);
		if (entry == null || entry.state() != OutboxState.PENDING) {
			return CompletableFuture.completedFuture(null);
		}
		Instant now = this.clock.instant();
		if (superseded(entry)) {
			this.store.markCancelled(id, "superseded by a later call", now);
			this.metrics.cancelled();
			return CompletableFuture.completedFuture(null);
		}
		if (entry.nextAttemptAt() != null && entry.nextAttemptAt().isAfter(now)) {
			return CompletableFuture.completedFuture(Duration.between(now, entry.nextAttemptAt()));
		}
		if (entry.action().isChatScoped() && this.reachability.isUnreachable(entry.chatId())) {
			this.reachability.dropped(entry.chatId(), !entry.group());
			this.store.markCancelled(id, "chat unreachable", now);
			this.metrics.cancelled();
			return CompletableFuture.completedFuture(null);
		}
		Long messageId = entry.messageId();
		if (entry.targetEntryId() != null) {
			OutboxEntry target = this.store.find(entry.targetEntryId());
			if (target == null || target.state() == OutboxState.CANCELLED || target.state() == OutboxState.DEAD) {
				this.store.markCancelled(id, "target message was never sent", now);
				this.metrics.cancelled();
				return CompletableFuture.completedFuture(null);
			}
			if (target.state() == OutboxState.PENDING) {
				return CompletableFuture.completedFuture(WAIT_FOR_TARGET);
			}
			messageId = target.sentMessageId();
		}
		Duration limited = this.limiter.acquire(entry.id(), entry.action().postsInChat() ? entry.chatId() : null,
				entry.group(), entry.priority());
		if (!limited.isZero()) {
			return CompletableFuture.completedFuture(limited);
		}
		String text = entry.text();
		if (entry.action() == OutboundAction.SEND_INVITE_LINK) {
			SendOutcome link = inviteLink(entry);
			if (!(link instanceof SendOutcome.LinkCreated created)) {
				return CompletableFuture.completedFuture(linkNotCreated(entry, link));
			}
			text = text.replace(Outgoing.CreateInviteLinkAndSend.LINK, created.link());
		}
		OutboundCall call = new OutboundCall(entry.action(), entry.chatId(), text, entry.buttons(), messageId,
				entry.buttonPressId(), entry.userId(), entry.alert(), entry.restriction(), entry.photo(), entry.copy());
		SendOutcome outcome = executeWithPermit(call);
		if (outcome instanceof SendOutcome.Delivered delivered) {
			this.metrics.sent("ok");
			return markSent(task, new OutboxStore.Sent(entry.id(), delivered.messageId(), this.clock.instant()));
		}
		return CompletableFuture.completedFuture(apply(entry, outcome));
	}

	/**
	 * The entry's invite link: the one an earlier attempt created and stored, or a new
	 * one, stored before the message is sent so that a retry sends the same link.
	 */
	private SendOutcome inviteLink(OutboxEntry entry) {
		OutboxEntry.InviteLinkSpec spec = entry.inviteLink();
		if (spec.link() != null) {
			return new SendOutcome.LinkCreated(spec.link());
		}
		SendOutcome outcome = this.port.createInviteLink(spec.groupChatId(), spec.name(),
				this.clock.instant().plusSeconds(spec.validSeconds()));
		if (outcome instanceof SendOutcome.LinkCreated created) {
			this.store.recordInviteLink(entry.id(), created.link());
		}
		return outcome;
	}

	/**
	 * A link that could not be created: retried like a send, except that a refusal about
	 * the group (the bot removed from it, or the group moved to a new id) says nothing
	 * about the person's chat, so the entry is dead-lettered for a moderator to see.
	 */
	private Duration linkNotCreated(OutboxEntry entry, SendOutcome outcome) {
		if (outcome instanceof SendOutcome.Blocked || outcome instanceof SendOutcome.Migrated
				|| outcome instanceof SendOutcome.Delivered) {
			return apply(entry, new SendOutcome.Rejected(403, "invite link not created in group "
					+ entry.inviteLink().groupChatId() + " (" + outcome.getClass().getSimpleName() + ")"));
		}
		return apply(entry, outcome);
	}

	/**
	 * Makes the call holding one of the permits that bound what a crash can repeat (sends
	 * on the wire, and sends whose mark is not stored yet). A delivered call keeps its
	 * permit until {@link #markSent} has stored its mark.
	 */
	private SendOutcome executeWithPermit(OutboundCall call) {
		this.unrecorded.acquireUninterruptibly();
		boolean delivered = false;
		try {
			SendOutcome outcome = this.port.execute(call);
			delivered = outcome instanceof SendOutcome.Delivered;
			return outcome;
		}
		finally {
			if (!delivered) {
				this.unrecorded.release();
			}
		}
	}

	private Duration apply(OutboxEntry entry, SendOutcome outcome) {
		Instant now = this.clock.instant();
		if (outcome instanceof SendOutcome.RetryAfter retry) {
			this.metrics.sent("429");
			Duration wait = retry.delay().isNegative() ? Duration.ofSeconds(1) : retry.delay();
			if (entry.action().isChatScoped()) {
				this.limiter.penalize(entry.chatId(), wait);
			}
			this.store.postpone(entry.id(), now.plus(wait));
			return wait;
		}
		if (outcome instanceof SendOutcome.Blocked) {
			this.metrics.sent("403");
			this.reachability.blocked(entry.chatId(), !entry.group());
			this.store.markCancelled(entry.id(), "chat unreachable", now);
			// a private chat's id is the person's Telegram id: only the outbox entry
			// above DEBUG
			log.info("Outbox entry {}: chat unreachable (bot blocked or removed); no further sends are attempted",
					entry.id());
			log.debug("Unreachable chat {}", entry.chatId());
			return null;
		}
		if (outcome instanceof SendOutcome.Migrated migrated) {
			long moved = this.store.readdress(entry.chatId(), migrated.newChatId());
			log.info("Group {} migrated to {}; {} waiting calls re-addressed", entry.chatId(), migrated.newChatId(),
					moved);
			return Duration.ofMillis(1);
		}
		if (outcome instanceof SendOutcome.Transient failure) {
			this.metrics.sent("5xx");
			return retryOrBury(entry, failure.code(), "transient failure " + failure.code(), now);
		}
		SendOutcome.Rejected rejected = (SendOutcome.Rejected) outcome;
		this.metrics.sent("rejected");
		this.store.markDead(entry.id(), entry.attempts() + 1, rejected.code(), rejected.description(), now);
		this.metrics.deadLettered();
		log.warn("Outbox entry {} ({}) rejected by Telegram with {}; dead-lettered", entry.id(), entry.action(),
				rejected.code());
		return null;
	}

	private Duration retryOrBury(OutboxEntry entry, int code, String description, Instant now) {
		int attempts = entry.attempts() + 1;
		if (attempts >= this.properties.maxAttempts()) {
			this.store.markDead(entry.id(), attempts, code, description, now);
			this.metrics.deadLettered();
			log.warn("Outbox entry {} ({}) failed {} times; dead-lettered", entry.id(), entry.action(), attempts);
			return null;
		}
		Duration wait = this.backoff.delay(attempts);
		this.store.markRetry(entry.id(), attempts, now.plus(wait), code, description);
		return wait;
	}

	/** The latest entry scheduled under a supersede key. */
	private record Latest(String id, Instant createdAt) {
	}

	/** One entry's place in its lane, carried from one attempt to the next. */
	private static final class SendTask {

		private final String id;

		/** The entry as this process inserted it, for the first attempt only. */
		private volatile OutboxEntry inserted;

		/** A send whose sent mark the store has not taken yet. */
		private volatile OutboxStore.Sent unmarked;

		SendTask(String id, OutboxEntry inserted) {
			this.id = id;
			this.inserted = inserted;
		}

	}

}
