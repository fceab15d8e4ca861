package org.peersupport.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The user side over HTTP: {@code /sandbox/...} as documented in docs/emulator.md. Errors
 * answer {@code {"error": "..."}} with 400 (bad input, e.g. an empty text), 404 (unknown)
 * or 409 (not allowed, e.g. a press in a chat the user is not in).
 */
final class SandboxEndpoint implements HttpHandler {

	private static final Log logger = LogFactory.getLog(SandboxEndpoint.class);

	private static final String ID = "(-?\\d+)";

	private final BotApiEmulator emulator;

	private final JsonMapper json;

	private final List<Route> routes;

	SandboxEndpoint(BotApiEmulator emulator, JsonMapper json) {
		this.emulator = emulator;
		this.json = json;
		SandboxUsers users = emulator.users();
		this.routes = List.of(post("/users/" + ID + "/messages", (id, body) -> userMessage(users, id.get(0), body)),
				post("/users/" + ID + "/press",
						(id, body) -> users.press(id.get(0), body.path("chatId").asLong(id.get(0)),
								required(body, "messageId").asLong(), required(body, "data").asString())),
				post("/users/" + ID + "/block", (id, body) -> users.block(id.get(0))),
				post("/users/" + ID + "/unblock", (id, body) -> users.unblock(id.get(0))),
				post("/users/" + ID + "/join",
						(id, body) -> users.join(id.get(0), required(body, "inviteLink").asString())),
				get("/users/" + ID + "/callback-answers", (id, body) -> users.callbackAnswers(id.get(0))),
				post("/groups", (id, body) -> Map.of("chatId",
						users.createGroup(body.path("title").asString(null), body.path("type").asString("supergroup"),
								body.path("ownerId").asLong(SandboxUsers.DEFAULT_GROUP_OWNER)))),
				post("/groups/" + ID + "/messages",
						(id, body) -> users.sendGroupPost(id.get(0), required(body, "userId").asLong(),
								groupPost(body))),
				post("/groups/" + ID + "/admins",
						(id, body) -> users.promote(id.get(0), required(body, "userId").asLong())),
				post("/groups/" + ID + "/bans",
						(id, body) -> users.banByAdmin(id.get(0),
								body.path("adminId").asLong(SandboxUsers.DEFAULT_GROUP_OWNER),
								required(body, "userId").asLong())),
				post("/groups/" + ID + "/unbans",
						(id, body) -> users.unbanByAdmin(id.get(0),
								body.path("adminId").asLong(SandboxUsers.DEFAULT_GROUP_OWNER),
								required(body, "userId").asLong())),
				post("/groups/" + ID + "/migrate", (id, body) -> Map.of("chatId", users.migrate(id.get(0)))),
				post("/groups/" + ID + "/bot-rights", (id, body) -> users.botRights(id.get(0), rights(body))),
				post("/groups/" + ID + "/remove-bot", (id, body) -> users.removeBot(id.get(0))),
				post("/groups/" + ID + "/leave",
						(id, body) -> users.leaveGroup(id.get(0), required(body, "userId").asLong())),
				get("/chats/" + ID + "/messages", (id, body) -> users.messages(id.get(0))),
				get("/chats/" + ID + "/members/" + ID,
						(id, body) -> Map.of("status", users.memberStatus(id.get(0), id.get(1)))),
				get("/stats", (id, body) -> emulator.stats().snapshot()), post("/faults", (id, body) -> faults(body)),
				get("/limits", (id, body) -> emulator.limits()), post("/limits", (id, body) -> limits(body)),
				post("/update-ids", (id, body) -> nextUpdateId(body)), post("/reset", (id, body) -> reset()));
	}

	private static GroupPost groupPost(JsonNode body) {
		JsonNode replyTo = body.get("replyTo");
		return new GroupPost(body.path("text").asString(null), body.path("kind").asString(null),
				body.path("forwarded").asBoolean(false),
				(replyTo != null && !replyTo.isNull()) ? replyTo.asLong() : null);
	}

	private static Map<String, Boolean> rights(JsonNode body) {
		Map<String, Boolean> rights = new java.util.LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> right : body.properties()) {
			if (!right.getValue().isBoolean()) {
				throw new IllegalArgumentException("A right is true or false: " + right.getKey());
			}
			rights.put(right.getKey(), right.getValue().asBoolean());
		}
		return rights;
	}

	private static Object userMessage(SandboxUsers users, long userId, JsonNode body) {
		String text = body.path("text").asString(null);
		if (text == null) {
			return users.sendContent(userId, required(body, "kind").asString(), body.path("caption").asString(null));
		}
		if (text.isBlank()) {
			// Telegram's own words for an empty message, and its status.
			throw new BadInput(SandboxUsers.EMPTY_TEXT);
		}
		return users.sendText(userId, body.path("firstName").asString(null), text,
				body.path("languageCode").asString(null));
	}

	private Object faults(JsonNode body) {
		FaultSettings settings = this.json.treeToValue(body, FaultSettings.class);
		this.emulator.faults().apply(settings);
		return settings;
	}

	private Object limits(JsonNode body) {
		EmulatorLimits limits = this.json.treeToValue(body, EmulatorLimits.class);
		this.emulator.limits(limits);
		return limits;
	}

	private Object nextUpdateId(JsonNode body) {
		if (body.path("random").asBoolean(false)) {
			return Map.of("nextUpdateId", this.emulator.nextUpdateIdAtRandom());
		}
		long next = required(body, "next").asLong();
		if (next < 1 || next > Integer.MAX_VALUE) {
			throw new BadInput("next must be from 1 to " + Integer.MAX_VALUE);
		}
		this.emulator.nextUpdateId(next);
		return Map.of("nextUpdateId", next);
	}

	private Object reset() {
		this.emulator.reset();
		return Map.of("lastUpdateId", this.emulator.lastUpdateId());
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try {
			String path = exchange.getRequestURI().getPath().substring("/sandbox".length());
			byte[] body;
			try (InputStream in = exchange.getRequestBody()) {
				body = in.readAllBytes();
			}
			boolean pathKnown = false;
			for (Route route : this.routes) {
				Matcher matcher = route.pattern().matcher(path);
				if (!matcher.matches()) {
					continue;
				}
				pathKnown = true;
				if (route.method().equalsIgnoreCase(exchange.getRequestMethod())) {
					JsonNode tree = (body.length > 0) ? this.json.readTree(body) : TelegramJson.object();
					write(exchange, 200, route.action().handle(ids(matcher), tree));
					return;
				}
			}
			write(exchange, pathKnown ? 405 : 404,
					Map.of("error", pathKnown ? "Method not allowed" : "No such sandbox resource"));
		}
		catch (IllegalArgumentException ex) {
			write(exchange, 404, Map.of("error", ex.getMessage()));
		}
		catch (IllegalStateException ex) {
			write(exchange, 409, Map.of("error", ex.getMessage()));
		}
		catch (JacksonException ex) {
			write(exchange, 400, Map.of("error", "Bad request body: " + ex.getOriginalMessage()));
		}
		catch (BadInput ex) {
			write(exchange, 400, Map.of("error", ex.getMessage()));
		}
		catch (RuntimeException ex) {
			logger.warn("Sandbox user API failed", ex);
			write(exchange, 500, Map.of("error", "Internal error"));
		}
		finally {
			exchange.close();
		}
	}

	private static List<Long> ids(Matcher matcher) {
		Long[] ids = new Long[matcher.groupCount()];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = Long.parseLong(matcher.group(i + 1));
		}
		return List.of(ids);
	}

	private static JsonNode required(JsonNode body, String field) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			throw new BadInput(field + " is required");
		}
		return value;
	}

	private void write(HttpExchange exchange, int status, Object answer) throws IOException {
		byte[] bytes = this.json.writeValueAsBytes(answer);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	private static Route post(String path, Action action) {
		return new Route("POST", Pattern.compile(path), action);
	}

	private static Route get(String path, Action action) {
		return new Route("GET", Pattern.compile(path), action);
	}

	/**
	 * What a route does with the ids from its path and the JSON body.
	 */
	@FunctionalInterface
	private interface Action {

		Object handle(List<Long> ids, JsonNode body);

	}

	private record Route(String method, Pattern pattern, Action action) {
	}

	/**
	 * A required field is missing from the body.
	 */
	private static final class BadInput extends RuntimeException {

		BadInput(String message) {
			super(message);
		}

	}

}
