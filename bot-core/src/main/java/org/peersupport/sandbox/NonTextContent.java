package org.peersupport.sandbox;

import java.util.Set;

import tools.jackson.databind.node.ObjectNode;

/**
 * Placeholder media for messages without text: sticker, photo, voice, document.
 */
final class NonTextContent {

	static final Set<String> KINDS = Set.of("sticker", "photo", "voice", "document");

	private NonTextContent() {
	}

	static void put(ObjectNode message, String kind) {
		long messageId = message.path("message_id").asLong();
		ObjectNode file = TelegramJson.object();
		file.put("file_id", "sandbox-" + kind + "-" + messageId);
		file.put("file_unique_id", "u" + kind + messageId);
		switch (kind) {
			case "sticker" -> {
				file.put("type", "regular");
				file.put("width", 512);
				file.put("height", 512);
				file.put("is_animated", false);
				file.put("is_video", false);
				message.set("sticker", file);
			}
			case "photo" -> {
				file.put("width", 640);
				file.put("height", 480);
				file.put("file_size", 40_000);
				message.putArray("photo").add(file);
			}
			case "voice" -> {
				file.put("duration", 3);
				file.put("mime_type", "audio/ogg");
				message.set("voice", file);
			}
			default -> {
				file.put("file_name", "document.pdf");
				file.put("mime_type", "application/pdf");
				message.set("document", file);
			}
		}
	}

}
