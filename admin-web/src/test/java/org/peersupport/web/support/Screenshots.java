package org.peersupport.web.support;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where browser tests put screenshots: target/screenshots, or the README's docs/img when
 * run with {@code -Dpeer.docs.screenshots=true}.
 */
public final class Screenshots {

	private Screenshots() {
	}

	public static Path named(String fileName) {
		boolean forDocs = Boolean.getBoolean("peer.docs.screenshots");
		Path directory = forDocs ? Paths.get("..", "docs", "img") : Paths.get("target", "screenshots");
		return directory.resolve(fileName);
	}

}
