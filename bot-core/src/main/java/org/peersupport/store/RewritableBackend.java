package org.peersupport.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;

/**
 * The backend the embedded server talks to: a {@link DurableH2Backend} on the data file,
 * which {@link #rewrite()} replaces by one on a copy of the file's live data.
 *
 * <p>
 * MVStore never overwrites the chunks that hold deleted documents and old versions of
 * changed ones; it only marks them free, and its in-place compaction moves chunks without
 * clearing what they leave behind. A copy of the live data into a fresh file, as H2's own
 * full compaction does, is the one way measured here that leaves none of those bytes in
 * the file. Commands wait while the file is rewritten, as they wait for a commit: each
 * runs under a shared lock that the rewrite takes alone.
 */
final class RewritableBackend implements MongoBackend {

	private final Path file;

	private final String key;

	private final CursorRegistry cursors = new CursorRegistry();

	private volatile Runnable removalListener = () -> {
	};

	private final ReadWriteLock commandsVersusRewrite = new ReentrantReadWriteLock();

	private volatile DurableH2Backend current;

	/** The store version just after the last rewrite (or the open). */
	private volatile long versionAfterRewrite;

	private final Duration syncInterval;

	private RewritableBackend(Path file, String key, Duration syncInterval) {
		this.file = file;
		this.key = key;
		this.syncInterval = syncInterval;
		this.current = openBackend();
	}

	/**
	 * Opens the data file.
	 * @throws EmbeddedStoreException if the file cannot be opened
	 */
	static RewritableBackend open(Path file, String key, Duration syncInterval) {
		return new RewritableBackend(file, key, syncInterval);
	}

	/** Sets what is told after each command that removed documents. */
	void onRemoval(Runnable listener) {
		this.removalListener = listener;
	}

	private DurableH2Backend openBackend() {
		DurableH2Backend backend = DurableH2Backend.open(DataFile.open(this.file, this.key), this.cursors,
				() -> this.removalListener.run(), this.syncInterval);
		this.versionAfterRewrite = backend.getMvStore().getCurrentVersion();
		return backend;
	}

	/**
	 * Rewrites the data file with its live data only, while commands wait. If the copy
	 * fails, the old file is opened again and the failure thrown.
	 */
	void rewrite() {
		this.commandsVersusRewrite.writeLock().lock();
		try {
			this.current.close();
			try {
				DataFile.rewrite(this.file, this.key);
			}
			finally {
				// the old file if the copy failed before its rename, the new one after
				this.current = openBackend();
			}
		}
		finally {
			this.commandsVersusRewrite.writeLock().unlock();
		}
	}

	/** Whether anything was written since the last rewrite. */
	boolean changedSinceRewrite() {
		return this.current.getMvStore().getCurrentVersion() != this.versionAfterRewrite;
	}

	private <T> T shared(Supplier<T> action) {
		this.commandsVersusRewrite.readLock().lock();
		try {
			return action.get();
		}
		finally {
			this.commandsVersusRewrite.readLock().unlock();
		}
	}

	private void shared(Runnable action) {
		shared(() -> {
			action.run();
			return null;
		});
	}

	@Override
	public Document handleCommand(Channel channel, String database, String command, Document query) {
		return shared(() -> this.current.handleCommand(channel, database, command, query));
	}

	@Override
	public QueryResult handleQuery(MongoQuery query) {
		return shared(() -> this.current.handleQuery(query));
	}

	@Override
	public Document handleMessage(MongoMessage message) {
		return shared(() -> this.current.handleMessage(message));
	}

	@Override
	public void handleClose(Channel channel) {
		shared(() -> this.current.handleClose(channel));
	}

	@Override
	public void dropDatabase(String database) {
		shared(() -> this.current.dropDatabase(database));
	}

	@Override
	public Collection<Document> getCurrentOperations(MongoQuery query) {
		return shared(() -> this.current.getCurrentOperations(query));
	}

	@Override
	public Document getServerStatus() {
		return shared(() -> this.current.getServerStatus());
	}

	@Override
	public void closeCursors(List<Long> cursorIds) {
		cursorIds.forEach(this.cursors::remove);
	}

	@Override
	public Clock getClock() {
		return this.current.getClock();
	}

	@Override
	public MongoDatabase resolveDatabase(String database) {
		return shared(() -> this.current.resolveDatabase(database));
	}

	/** Not offered: an oplog would not follow the backend across a rewrite. */
	@Override
	public void enableOplog() {
		throw new UnsupportedOperationException("The embedded store runs without an oplog");
	}

	@Override
	public void disableOplog() {
	}

	/** Not offered: the version would not follow the backend across a rewrite. */
	@Override
	public MongoBackend version(MongoVersion version) {
		throw new UnsupportedOperationException("The embedded store answers as the default server version");
	}

	@Override
	public void close() {
		this.commandsVersusRewrite.writeLock().lock();
		try {
			this.current.close();
		}
		finally {
			this.commandsVersusRewrite.writeLock().unlock();
		}
	}

}
