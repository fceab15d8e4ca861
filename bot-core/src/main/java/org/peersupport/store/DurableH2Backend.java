package org.peersupport.store;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import de.bwaldvogel.mongo.MongoDatabase;
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
 */
class DurableH2Backend extends H2Backend {

	private final MVStore store;

	private final AtomicLong handled = new AtomicLong();

	private final Object commitLock = new Object();

	/** Commands share it while they change maps; a commit takes it alone. */
	private final ReadWriteLock commandsVersusCommit = new ReentrantReadWriteLock();

	/** Every command with a ticket up to this one is committed and synced. */
	private long durableUpTo;

	/** The store version the last sync covered. */
	private long syncedVersion;

	DurableH2Backend(MVStore store) {
		super(store);
		this.store = store;
		this.syncedVersion = store.getCurrentVersion();
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		// Called from the superclass's constructor too: use only what it has set up.
		return FastIndexH2Database.open(databaseName, getMvStore(), getCursorRegistry());
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
		}
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
