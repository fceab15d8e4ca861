package org.peersupport.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parameters of one bot call, from a JSON body, a form body or the query string.
 */
final class RequestParams {

	private final ObjectNode values;

	private final JsonMapper json;

	private RequestParams(ObjectNode values, JsonMapper json) {
		this.values = values;
		this.json = json;
	}

	static RequestParams parse(String query, String contentType, byte[] body, JsonMapper json) {
		ObjectNode values = TelegramJson.object();
		addForm(values, query);
		String text = new String(body, StandardCharsets.UTF_8).strip();
		boolean isJson = (contentType != null && contentType.contains("json")) || text.startsWith("{");
		if (isJson && !text.isEmpty()) {
			JsonNode parsed;
			try {
				parsed = json.readTree(text);
			}
			catch (JacksonException ex) {
				throw BotApiError.badRequest("can't parse JSON body");
			}
			if (!parsed.isObject()) {
				throw BotApiError.badRequest("JSON body must be an object");
			}
			values.setAll((ObjectNode) parsed);
		}
		else if (contentType != null && contentType.contains("multipart")) {
			MultipartForm.read(contentType, body, values);
		}
		else {
			addForm(values, text);
		}
		return new RequestParams(values, json);
	}

	private static void addForm(ObjectNode values, String form) {
		if (form == null || form.isEmpty()) {
			return;
		}
		for (String pair : form.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String key = URLDecoder.decode((eq < 0) ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
			String value = (eq < 0) ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
			values.put(key, value);
		}
	}

	boolean has(String name) {
		JsonNode node = this.values.get(name);
		return node != null && !node.isNull();
	}

	/** The bytes of an uploaded file part, or null. */
	byte[] bytes(String name) {
		JsonNode node = this.values.get(name);
		return (node != null && node.isBinary()) ? node.binaryValue() : null;
	}

	String string(String name) {
		JsonNode node = this.values.get(name);
		if (node == null || node.isNull()) {
			return null;
		}
		return node.isString() ? node.stringValue() : node.toString();
	}

	String requiredString(String name) {
		String value = string(name);
		if (value == null || value.isEmpty()) {
			throw BotApiError.missing(name);
		}
		return value;
	}

	Long optionalLong(String name) {
		String value = string(name);
		if (value == null || value.isEmpty()) {
			return null;
		}
		try {
			return Long.parseLong(value.strip());
		}
		catch (NumberFormatException ex) {
			throw BotApiError.badRequest("invalid " + name + " specified");
		}
	}

	long requiredLong(String name) {
		Long value = optionalLong(name);
		if (value == null) {
			throw BotApiError.missing(name);
		}
		return value;
	}

	/** The chat id, turning a bad one into Telegram's "chat not found". */
	long chatId() {
		String value = requiredString("chat_id");
		try {
			return Long.parseLong(value.strip());
		}
		catch (NumberFormatException ex) {
			throw BotApiError.badRequest("chat not found");
		}
	}

	boolean flag(String name) {
		String value = string(name);
		return "true".equalsIgnoreCase(value) || "1".equals(value);
	}

	int intValue(String name, int fallback) {
		Long value = optionalLong(name);
		return (value != null) ? value.intValue() : fallback;
	}

	/** A JSON parameter, also when a form sent it as a JSON string. */
	JsonNode json(String name) {
		JsonNode node = this.values.get(name);
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.isString()) {
			try {
				return this.json.readTree(node.stringValue());
			}
			catch (JacksonException ex) {
				throw BotApiError.badRequest("can't parse " + name + " JSON object");
			}
		}
		return node;
	}

	List<String> strings(String name) {
		JsonNode node = json(name);
		List<String> result = new ArrayList<>();
		if (node != null && node.isArray()) {
			node.forEach((item) -> result.add(item.asString()));
		}
		return result;
	}

}
