package org.peersupport.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository's files, read from the module's directory upwards (tests run in
 * docker/).
 */
final class RepositoryFiles {

	private RepositoryFiles() {
	}

	/**
	 * The repository's root: the nearest directory above that holds the Maven wrapper.
	 */
	static Path root() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.isRegularFile(dir.resolve("mvnw"))) {
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new IllegalStateException("No mvnw above " + Path.of("").toAbsolutePath());
		}
		return dir;
	}

	static String read(String relative) {
		try {
			return Files.readString(root().resolve(relative), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
