package org.peersupport.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * Opens the MVStore file of the embedded server, encrypted when a key is given, turns
 * H2's failures into messages an operator can act on, and rewrites a closed file with its
 * live data only.
 */
final class DataFile {

	/** The shortest {@code PEER_DATA_KEY} accepted, in characters. */
	static final int MIN_KEY_LENGTH = 16;

	/** Suffix of the copy a rewrite writes before it replaces the file. */
	static final String REWRITE_SUFFIX = ".rewrite";

	private DataFile() {
	}

	static MVStore open(Path file, String key) {
		checkKey(key);
		prepare(file);
		// DurableH2Backend commits between commands; MVStore's own automatic commits (by
		// time, or by the size of unsaved changes) could fall in the middle of one.
		MVStore.Builder builder = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled();
		if (key != null) {
			builder.encryptionKey(key.toCharArray());
		}
		boolean existed = Files.exists(file);
		MVStore store;
		try {
			store = builder.open();
		}
		catch (MVStoreException ex) {
			throw failure(file, key != null, ex);
		}
		// MVStore keeps replaced chunks for 45 s by default, in case the OS has not yet
		// written the newer ones: with a commit per write command that is about 20 KB per
		// write, and the file never gives the space back. DurableH2Backend keeps the
		// chunks of the last synced version in use until the next sync, which is the
		// guarantee the retention time only guesses at: old chunks may be reused at once.
		store.setRetentionTime(0);
		try {
			if (existed) {
				OwnerOnly.file(file);
			}
			else {
				OwnerOnly.newFile(file);
			}
		}
		catch (IOException ex) {
			store.closeImmediately();
			throw new EmbeddedStoreException("Cannot make the data file " + file + " readable by its owner only.",
					"Run the service as the owner of PEER_DATA_DIR and its files.", ex);
		}
		return store;
	}

	/**
	 * Replaces a closed data file by a copy of its live data. Deleted documents and the
	 * old versions of changed ones stay behind in the old file's chunks, which the copy
	 * does not have. The copy is written beside the file, synced, and renamed over it: a
	 * crash at any point leaves either the old file or the new one, whole (a copy left
	 * behind is removed at the next open).
	 */
	static void rewrite(Path file, String key) {
		Path copy = copyOf(file);
		MVStore.Builder builder = new MVStore.Builder().fileName(file.toString()).readOnly();
		if (key != null) {
			builder.encryptionKey(key.toCharArray());
		}
		// H2 creates the copy through this store's file, with its key, and closes it
		MVStore source = builder.open();
		try {
			MVStore.compact(file.toString(), copy.toString(), false, source.getFileStore());
		}
		finally {
			source.closeImmediately();
		}
		try {
			OwnerOnly.newFile(copy);
			try (FileChannel channel = FileChannel.open(copy, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			syncDirectory(file.toAbsolutePath().getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot replace the data file by its rewritten copy", ex);
		}
	}

	private static Path copyOf(Path file) {
		return file.resolveSibling(file.getFileName() + REWRITE_SUFFIX);
	}

	// makes the rename itself durable (POSIX); elsewhere opening a directory fails and
	// the
	// rename is as durable as the file system makes it
	private static void syncDirectory(Path dir) {
		try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException | UnsupportedOperationException ex) {
			// not supported on this platform
		}
	}

	private static void checkKey(String key) {
		if (key != null && key.codePointCount(0, key.length()) < MIN_KEY_LENGTH) {
			throw new EmbeddedStoreException(
					"PEER_DATA_KEY is too short to protect the data file: it has " + key.codePointCount(0, key.length())
							+ " characters, at least " + MIN_KEY_LENGTH + " are needed.",
					"Set PEER_DATA_KEY to a passphrase of at least " + MIN_KEY_LENGTH
							+ " characters (for example five random words), or leave it unset to keep the file"
							+ " unencrypted. A file encrypted with a shorter key must be opened with an earlier"
							+ " version and its data exported first.",
					null);
		}
	}

	private static void prepare(Path file) {
		Path dir = file.toAbsolutePath().getParent();
		try {
			OwnerOnly.directory(dir);
			// a rewrite cut short by a crash: the file itself is whole
			Files.deleteIfExists(copyOf(file));
		}
		catch (IOException ex) {
			throw new EmbeddedStoreException("Cannot create or use the data directory " + dir + ".",
					"Make PEER_DATA_DIR point to a directory the service's user owns and can write.", ex);
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

}
