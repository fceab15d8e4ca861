package org.peersupport.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the fields of a multipart/form-data body (TelegramBots sends setWebhook and file
 * uploads this way): text fields as strings, file parts as their bytes.
 */
final class MultipartForm {

	private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");

	private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");

	private MultipartForm() {
	}

	static void read(String contentType, byte[] body, ObjectNode into) {
		Matcher boundary = BOUNDARY.matcher(contentType);
		if (!boundary.find()) {
			throw BotApiError.badRequest("multipart body without boundary");
		}
		// ISO-8859-1 maps bytes one to one, so part offsets stay byte offsets.
		String raw = new String(body, StandardCharsets.ISO_8859_1);
		String delimiter = "--" + boundary.group(1);
		for (String part : raw.split(Pattern.quote(delimiter))) {
			int headerEnd = part.indexOf("\r\n\r\n");
			if (headerEnd < 0) {
				continue;
			}
			String headers = part.substring(0, headerEnd);
			Matcher name = NAME.matcher(headers);
			if (!name.find()) {
				continue;
			}
			String value = part.substring(headerEnd + 4);
			if (value.endsWith("\r\n")) {
				value = value.substring(0, value.length() - 2);
			}
			if (headers.contains("filename=")) {
				into.put(name.group(1), value.getBytes(StandardCharsets.ISO_8859_1));
				continue;
			}
			into.put(name.group(1), new String(value.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
		}
	}

}
