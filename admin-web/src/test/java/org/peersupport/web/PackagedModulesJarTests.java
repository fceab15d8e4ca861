package org.peersupport.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar carries the modules as they were just built, not the copies an earlier
 * build put in it: after a change to bot-core alone, the jar the README runs must run the
 * changed code.
 */
class PackagedModulesJarTests {

	@ParameterizedTest
	@ValueSource(strings = { "bot-core", "conversation-scripts" })
	void theJarHoldsTheModuleAsJustBuilt(String module) throws IOException {
		String file = module + "-" + System.getProperty("peer.version") + ".jar";
		Path built = Path.of(System.getProperty("peer.modules"), module, "target", file);
		assertThat(built).as("built by this build").exists();
		try (JarFile jar = new JarFile(System.getProperty("peer.jar"))) {
			JarEntry nested = jar.getJarEntry("BOOT-INF/lib/" + file);
			assertThat(nested).as("%s inside the packaged jar", module).isNotNull();
			try (InputStream in = jar.getInputStream(nested)) {
				assertThat(sha256(in.readAllBytes())).as("the packaged copy of %s", module)
					.isEqualTo(sha256(Files.readAllBytes(built)));
			}
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
