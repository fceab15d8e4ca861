package org.peersupport.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a data file's raw bytes, as {@code strings} would, for a text in the encodings H2
 * and Java serialization write strings in: UTF-8 (which modified UTF-8 and H2's own
 * string format equal for text without NUL and outside the supplementary planes) and
 * UTF-16 in both byte orders.
 */
public final class RawFile {

	private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE,
			StandardCharsets.UTF_16LE);

	private RawFile() {
	}

	/** Whether the file's bytes hold the text in any of the encodings. */
	public static boolean contains(Path file, String text) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (Charset encoding : ENCODINGS) {
			if (indexOf(bytes, text.getBytes(encoding)) >= 0) {
				return true;
			}
		}
		return false;
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
