package org.peersupport.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Cursor;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.EmptyCursor;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStore.TxCounter;

/**
 * The H2 backend of mongo-java-server, with every change committed to the file before the
 * command is acknowledged, and synced to the disk within a short interval.
 *
 * <p>
 * The plain backend leaves commits to MVStore's background thread (one second later by
 * default), so a write confirmed to the client is lost if the process is killed at once.
 * Here each command's changes are committed (written to the operating system) before its
 * reply: killing the process loses nothing acknowledged. Syncing to the disk (what a
 * power cut needs) is grouped, as MongoDB groups its journal: every {@code syncInterval},
 * and at once, before the reply, for a command that asks for it with the write concern
 * {@code j: true} (the inbox does before an update is acknowledged to Telegram) and for
 * every command that removes documents (an erasure must not come back). Commands that
 * finish together share one commit, and one sync: each takes a ticket once its changes
 * are applied, and waits only for a commit (or sync) that started after its ticket.
 *
 * <p>
 * A power cut goes back to the last sync, whole: the space of a chunk that the synced
 * state still uses is not reused before the next sync (the synced version stays
 * registered as in use, so MVStore keeps its chunks).
 *
 * <p>
 * A command changes several MVStore maps one after the other (an insert: the unique
 * index, then the documents). A commit never runs while a command is changing maps, so
 * the file never holds half a command; the store must therefore be opened with MVStore's
 * own automatic commits off ({@link DataFile}).
 *
 * <p>
 * Open cursors live in a registry given from outside, so that they outlast this backend
 * when {@link RewritableBackend} replaces it by one on a rewritten file; and every
 * command that removes documents is reported, so that the file is rewritten without their
 * bytes.
 */
class DurableH2Backend extends H2Backend {

	private static final Log logger = LogFactory.getLog(DurableH2Backend.class);

	/** Commands that remove documents or collections; lower case. */
	private static final Set<String> REMOVING = Set.of("delete", "drop", "dropdatabase");

	/** The registry, for the databases the superclass's constructor opens. */
	private static final ThreadLocal<CursorRegistry> CONSTRUCTING = new ThreadLocal<>();

	private final MVStore store;

	private final CursorRegistry cursors;

	private final Runnable removed;

	private final AtomicLong handled = new AtomicLong();

	private final Object commitLock = new Object();

	private final Object syncLock = new Object();

	/** Commands share it while they change maps; a commit takes it alone. */
	private final ReadWriteLock commandsVersusCommit = new ReentrantReadWriteLock();

	private final ScheduledExecutorService syncer;

	/** Every command with a ticket up to this one is committed. */
	private volatile long committedUpTo;

	/** Every command with a ticket up to this one is synced; guarded by syncLock. */
	private long durableUpTo;

	/** The store version the last sync covered; guarded by syncLock. */
	private long syncedVersion;

	/** Keeps the chunks of the last synced version; guarded by syncLock. */
	private TxCounter syncedInUse;

	private DurableH2Backend(MVStore store, CursorRegistry cursors, Runnable removed, Duration syncInterval) {
		super(store);
		this.store = store;
		this.cursors = cursors;
		this.removed = removed;
		this.syncedVersion = store.getCurrentVersion();
		this.syncedInUse = store.registerVersionUsage();
		this.syncer = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "store-sync");
			thread.setDaemon(true);
			return thread;
		});
		long millis = Math.max(1, syncInterval.toMillis());
		this.syncer.scheduleWithFixedDelay(this::syncInBackground, millis, millis, TimeUnit.MILLISECONDS);
	}

	/**
	 * A backend on an open store.
	 * @param cursors where open cursors are kept
	 * @param removed told after each command that removed documents
	 * @param syncInterval how long a commit may wait for its sync to the disk
	 */
	static DurableH2Backend open(MVStore store, CursorRegistry cursors, Runnable removed, Duration syncInterval) {
		CONSTRUCTING.set(cursors);
		try {
			return new DurableH2Backend(store, cursors, removed, syncInterval);
		}
		finally {
			CONSTRUCTING.remove();
		}
	}

	/** A backend with cursors of its own that reports no removals. */
	static DurableH2Backend open(MVStore store) {
		return open(store, new CursorRegistry(), () -> {
		}, StoreProperties.DEFAULT_SYNC_INTERVAL);
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		// Called from the superclass's constructor too: use only what it has set up.
		return FastIndexH2Database.open(databaseName, getMvStore(), getCursorRegistry());
	}

	@Override
	protected CursorRegistry getCursorRegistry() {
		return (this.cursors != null) ? this.cursors : CONSTRUCTING.get();
	}

	// The superclass pages and kills cursors in a registry of its own; these use the
	// shared one its collections register their cursors in.
	@Override
	protected Document handleGetMore(String databaseName, String command, Document query) {
		long cursorId = ((Number) query.get(command)).longValue();
		int batchSize = ((Number) query.getOrDefault("batchSize", 0)).intValue();
		Cursor cursor = this.cursors.getCursor(cursorId);
		List<Document> batch = cursor.takeDocuments(batchSize);
		if (cursor.isEmpty()) {
			this.cursors.remove(cursor);
		}
		Document reply = new Document("id", cursor.isEmpty() ? EmptyCursor.get().getId() : cursorId)
			.append("ns", databaseName + "." + query.get("collection"))
			.append("nextBatch", batch);
		Document response = new Document("cursor", reply);
		Utils.markOkay(response);
		return response;
	}

	@Override
	protected Document handleKillCursors(Document query) {
		List<Long> killed = new ArrayList<>();
		List<Long> notFound = new ArrayList<>();
		for (Object id : (List<?>) query.get("cursors")) {
			long cursorId = ((Number) id).longValue();
			(this.cursors.remove(cursorId) ? killed : notFound).add(cursorId);
		}
		Document response = new Document("cursorsKilled", killed).append("cursorsNotFound", notFound);
		Utils.markOkay(response);
		return response;
	}

	@Override
	public void closeCursors(List<Long> cursorIds) {
		cursorIds.forEach(this.cursors::remove);
	}

	// every command passes here: OP_MSG through handleMessage, legacy OP_QUERY directly
	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		try {
			this.commandsVersusCommit.readLock().lock();
			try {
				return super.handleCommand(channel, databaseName, command, query);
			}
			finally {
				this.commandsVersusCommit.readLock().unlock();
			}
		}
		finally {
			// also after a failed command: a multi-document write may have applied a part
			boolean removes = removes(command, query);
			long ticket = commitIfChanged();
			if (removes || journaled(query)) {
				syncUpTo(ticket);
			}
			if (removes) {
				this.removed.run();
			}
		}
	}

	private static boolean removes(String command, Document query) {
		String name = command.toLowerCase(Locale.ROOT);
		if (name.equals("findandmodify")) {
			return isTrue(query.get("remove"));
		}
		return REMOVING.contains(name);
	}

	/** Whether the command's write concern asks for the journal (or an fsync). */
	private static boolean journaled(Document query) {
		if (!(query.get("writeConcern") instanceof Document concern)) {
			return false;
		}
		return isTrue(concern.get("j")) || isTrue(concern.get("fsync"));
	}

	private static boolean isTrue(Object value) {
		return Boolean.TRUE.equals(value) || (value instanceof Number number && number.intValue() != 0);
	}

	@Override
	public void dropDatabase(String database) {
		try {
			this.commandsVersusCommit.readLock().lock();
			try {
				super.dropDatabase(database);
			}
			finally {
				this.commandsVersusCommit.readLock().unlock();
			}
		}
		finally {
			syncUpTo(commitIfChanged());
			this.removed.run();
		}
	}

	/** Commits this command's changes (and those of any command before it). */
	private long commitIfChanged() {
		// taken after this command's changes are in the maps
		long ticket = this.handled.incrementAndGet();
		synchronized (this.commitLock) {
			if (this.committedUpTo >= ticket || this.store.isClosed()) {
				return ticket;
			}
			// Every command with a ticket up to here has applied its changes: the commit
			// below holds them all, and their threads find them committed when they get
			// the lock.
			long covered = this.handled.get();
			if (this.store.hasUnsavedChanges()) {
				commitBetweenCommands();
			}
			this.committedUpTo = covered;
		}
		return ticket;
	}

	private void commitBetweenCommands() {
		this.commandsVersusCommit.writeLock().lock();
		try {
			this.store.commit();
		}
		finally {
			this.commandsVersusCommit.writeLock().unlock();
		}
	}

	/** Returns once the command with this ticket is on the disk. */
	private void syncUpTo(long ticket) {
		synchronized (this.syncLock) {
			if (this.durableUpTo < ticket && !this.store.isClosed()) {
				syncCommitted();
			}
		}
	}

	private void syncInBackground() {
		try {
			syncUpTo(Long.MAX_VALUE);
		}
		catch (RuntimeException ex) {
			// the next tick, or the next command that needs its sync, tries again
			logger.warn("Could not sync the data file (" + ex.getClass().getName() + ")");
			logger.debug("Sync failed", ex);
		}
	}

	/** Syncs everything committed so far; the caller holds syncLock. */
	private void syncCommitted() {
		long covered = this.committedUpTo;
		long version = this.store.getCurrentVersion();
		if (version != this.syncedVersion) {
			// registered before the sync: its chunks are not reused until the next one
			TxCounter inUse = this.store.registerVersionUsage();
			this.store.sync();
			this.syncedVersion = version;
			TxCounter before = this.syncedInUse;
			this.syncedInUse = inUse;
			this.store.deregisterVersionUsage(before);
		}
		this.durableUpTo = Math.max(this.durableUpTo, covered);
	}

	@Override
	public void close() {
		// not shutdownNow: interrupting a thread inside FileChannel.force closes the
		// channel for every thread
		this.syncer.shutdown();
		try {
			this.syncer.awaitTermination(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		synchronized (this.syncLock) {
			if (!this.store.isClosed()) {
				commitIfChanged();
				syncCommitted();
			}
		}
		super.close();
	}

}
