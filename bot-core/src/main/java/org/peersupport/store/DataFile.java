package org.peersupport.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * Opens the MVStore file of the embedded server, encrypted when a key is given, and turns
 * H2's failures into messages an operator can act on.
 */
final class DataFile {

	private DataFile() {
	}

	static MVStore open(Path file, String key) {
		createParent(file);
		// DurableH2Backend commits between commands; MVStore's own automatic commits (by
		// time, or by the size of unsaved changes) could fall in the middle of one.
		MVStore.Builder builder = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled();
		if (key != null) {
			builder.encryptionKey(key.toCharArray());
		}
		try {
			MVStore store = builder.open();
			// MVStore keeps replaced chunks for 45 s by default, in case the OS has not
			// yet
			// written the newer ones: with a commit per write command that is about 20 KB
			// per write, and the file never gives the space back. Every commit here is
			// synced before the write is acknowledged, so old chunks may be reused at
			// once.
			store.setRetentionTime(0);
			return store;
		}
		catch (MVStoreException ex) {
			throw failure(file, key != null, ex);
		}
	}

	private static EmbeddedStoreException failure(Path file, boolean withKey, MVStoreException ex) {
		String code = " (H2 error " + ex.getErrorCode() + ")";
		if (String.valueOf(ex.getMessage()).contains("locked")) {
			return new EmbeddedStoreException("The data file " + file + " is in use by another process" + code + ".",
					"Stop the other instance, or give this one its own PEER_DATA_DIR.", ex);
		}
		if (withKey) {
			return new EmbeddedStoreException(
					"The data file " + file
							+ " cannot be opened with the configured PEER_DATA_KEY: the key is wrong, the file is not"
							+ " encrypted, or the file is damaged" + code + ".",
					"Start with the key the file was created with. A file created without a key cannot be"
							+ " opened with one.",
					ex);
		}
		return new EmbeddedStoreException(
				"The data file " + file + " cannot be opened without a key: it is encrypted or damaged" + code + ".",
				"Set PEER_DATA_KEY to the key the file was created with.", ex);
	}

	private static void createParent(Path file) {
		Path dir = file.toAbsolutePath().getParent();
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new EmbeddedStoreException("Cannot create the data directory " + dir + ".",
					"Make PEER_DATA_DIR point to a writable directory.", ex);
		}
	}

}
