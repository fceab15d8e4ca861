package org.peersupport.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
import org.h2.mvstore.MVStore;

/**
 * The H2 backend of mongo-java-server, with every change committed and synced to the file
 * before the command is acknowledged.
 *
 * <p>
 * The plain backend leaves commits to MVStore's background thread (one second later by
 * default), so a write confirmed to the client is lost if the process is killed at once.
 * Commands that finish together share one commit and sync (group commit): each command
 * takes a ticket once its changes are applied, and returns only after a commit that
 * started after its ticket has been synced. Reads leave no unsaved changes and cost no
 * commit.
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

	/** Commands that remove documents or collections; lower case. */
	private static final Set<String> REMOVING = Set.of("delete", "drop", "dropdatabase");

	/** The registry, for the databases the superclass's constructor opens. */
	private static final ThreadLocal<CursorRegistry> CONSTRUCTING = new ThreadLocal<>();

	private final MVStore store;

	private final CursorRegistry cursors;

	private final Runnable removed;

	private final AtomicLong handled = new AtomicLong();

	private final Object commitLock = new Object();

	/** Commands share it while they change maps; a commit takes it alone. */
	private final ReadWriteLock commandsVersusCommit = new ReentrantReadWriteLock();

	/** Every command with a ticket up to this one is committed and synced. */
	private long durableUpTo;

	/** The store version the last sync covered. */
	private long syncedVersion;

	private DurableH2Backend(MVStore store, CursorRegistry cursors, Runnable removed) {
		super(store);
		this.store = store;
		this.cursors = cursors;
		this.removed = removed;
		this.syncedVersion = store.getCurrentVersion();
	}

	/**
	 * A backend on an open store.
	 * @param cursors where open cursors are kept
	 * @param removed told after each command that removed documents
	 */
	static DurableH2Backend open(MVStore store, CursorRegistry cursors, Runnable removed) {
		CONSTRUCTING.set(cursors);
		try {
			return new DurableH2Backend(store, cursors, removed);
		}
		finally {
			CONSTRUCTING.remove();
		}
	}

	/** A backend with cursors of its own that reports no removals. */
	static DurableH2Backend open(MVStore store) {
		return open(store, new CursorRegistry(), () -> {
		});
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
			commitIfChanged();
			if (removes(command, query)) {
				this.removed.run();
			}
		}
	}

	private static boolean removes(String command, Document query) {
		String name = command.toLowerCase(Locale.ROOT);
		if (name.equals("findandmodify")) {
			Object remove = query.get("remove");
			return Boolean.TRUE.equals(remove) || (remove instanceof Number number && number.intValue() != 0);
		}
		return REMOVING.contains(name);
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
			commitIfChanged();
			this.removed.run();
		}
	}

	private void commitIfChanged() {
		// taken after this command's changes are in the maps
		long ticket = this.handled.incrementAndGet();
		synchronized (this.commitLock) {
			if (this.durableUpTo >= ticket || this.store.isClosed()) {
				return;
			}
			// Every command with a ticket up to here has applied its changes: the commit
			// below holds them all, and their threads find them synced when they get the
			// lock.
			long covered = this.handled.get();
			if (this.store.hasUnsavedChanges()) {
				commitBetweenCommands();
			}
			long version = this.store.getCurrentVersion();
			if (version != this.syncedVersion) {
				this.store.sync();
				this.syncedVersion = version;
			}
			this.durableUpTo = covered;
		}
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

}
