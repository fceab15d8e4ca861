package org.peersupport.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Keeps the data directory (0700) and the files in it (0600) to the service's own user,
 * where the file system has POSIX permissions; elsewhere it does nothing.
 */
final class OwnerOnly {

	private static final Log logger = LogFactory.getLog(OwnerOnly.class);

	static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

	static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private OwnerOnly() {
	}

	/** Whether the default file system has POSIX permissions. */
	static boolean supported() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}

	/**
	 * Creates the directory for the service's user alone, or takes a looser existing one
	 * back to 0700 (and says so once).
	 */
	static void directory(Path dir) throws IOException {
		if (!supported()) {
			Files.createDirectories(dir);
			return;
		}
		if (Files.notExists(dir)) {
			Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
			// the umask cannot add bits, but a parent created above keeps its own
			Files.setPosixFilePermissions(dir, DIRECTORY);
			return;
		}
		restrict(dir, DIRECTORY);
	}

	/** Takes a file back to 0600 if it is looser (and says so once). */
	static void file(Path file) throws IOException {
		if (supported() && Files.exists(file)) {
			restrict(file, FILE);
		}
	}

	/** Makes a file the service has just written 0600, without a word. */
	static void newFile(Path file) throws IOException {
		if (supported()) {
			Files.setPosixFilePermissions(file, FILE);
		}
	}

	private static void restrict(Path path, Set<PosixFilePermission> wanted) throws IOException {
		Set<PosixFilePermission> actual = Files.getPosixFilePermissions(path);
		if (!wanted.containsAll(actual) || !actual.containsAll(wanted)) {
			Files.setPosixFilePermissions(path, wanted);
			logger.warn("Tightened the permissions of " + path + " from " + PosixFilePermissions.toString(actual)
					+ " to " + PosixFilePermissions.toString(wanted) + ": only the service's user may read its data.");
		}
	}

}
