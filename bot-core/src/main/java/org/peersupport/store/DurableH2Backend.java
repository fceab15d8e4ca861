package org.peersupport.store;

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
 * Reads leave no unsaved changes and cost no commit.
 */
class DurableH2Backend extends H2Backend {

	private final MVStore store;

	DurableH2Backend(MVStore store) {
		super(store);
		this.store = store;
	}

	// every command passes here: OP_MSG through handleMessage, legacy OP_QUERY directly
	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		try {
			return super.handleCommand(channel, databaseName, command, query);
		}
		finally {
			// also after a failed command: a multi-document write may have applied a part
			commitIfChanged();
		}
	}

	@Override
	public void dropDatabase(String database) {
		try {
			super.dropDatabase(database);
		}
		finally {
			commitIfChanged();
		}
	}

	private void commitIfChanged() {
		if (!this.store.isClosed() && this.store.hasUnsavedChanges()) {
			this.store.commit();
			this.store.sync();
		}
	}

}
