package org.peersupport.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An HTTP client of the emulator's user API ({@code /sandbox/...}), with the operations
 * of {@link SandboxUsers}. Like them, it throws {@link IllegalArgumentException} for bad
 * input (400, e.g. an empty text) and unknown chats, messages or links (404), and
 * {@link IllegalStateException} for refused actions (409) and other failures.
 */
public final class SandboxClient {

	private final URI baseUrl;

	private final HttpClient http;

	private final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	/**
	 * A client of the emulator at this base URL.
	 * @param baseUrl the emulator's base URL, e.g. {@link BotApiEmulator#baseUrl()}
	 */
	public SandboxClient(URI baseUrl) {
		this.baseUrl = URI.create(baseUrl.toString().replaceAll("/+$", "") + "/sandbox/");
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	}

	public SentUpdate sendText(long userId, String text, String languageCode) {
		return sendText(userId, null, text, languageCode);
	}

	public SentUpdate sendText(long userId, String firstName, String text, String languageCode) {
		Map<String, Object> body = new HashMap<>();
		body.put("text", text);
		body.put("firstName", firstName);
		body.put("languageCode", languageCode);
		return post("users/" + userId + "/messages", body, SentUpdate.class);
	}

	public SentUpdate sendContent(long userId, String kind) {
		return post("users/" + userId + "/messages", Map.of("kind", kind), SentUpdate.class);
	}

	public SentUpdate press(long userId, long messageId, String data) {
		return press(userId, userId, messageId, data);
	}

	public SentUpdate press(long userId, long chatId, long messageId, String data) {
		return post("users/" + userId + "/press", Map.of("chatId", chatId, "messageId", messageId, "data", data),
				SentUpdate.class);
	}

	public SentUpdate block(long userId) {
		return post("users/" + userId + "/block", Map.of(), SentUpdate.class);
	}

	public SentUpdate unblock(long userId) {
		return post("users/" + userId + "/unblock", Map.of(), SentUpdate.class);
	}

	public long createGroup(String title) {
		return createGroup(title, "supergroup", SandboxUsers.DEFAULT_GROUP_OWNER);
	}

	public long createGroup(String title, String type, long ownerId) {
		return post("groups", Map.of("title", title, "type", type, "ownerId", ownerId), JsonNode.class).path("chatId")
			.asLong();
	}

	public SentUpdate join(long userId, String inviteLink) {
		return post("users/" + userId + "/join", Map.of("inviteLink", inviteLink), SentUpdate.class);
	}

	public SentUpdate leaveGroup(long chatId, long userId) {
		return post("groups/" + chatId + "/leave", Map.of("userId", userId), SentUpdate.class);
	}

	public SentUpdate sendGroupText(long chatId, long userId, String text) {
		return post("groups/" + chatId + "/messages", Map.of("userId", userId, "text", text), SentUpdate.class);
	}

	public SentUpdate sendGroupPost(long chatId, long userId, GroupPost post) {
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("userId", userId);
		if (post.text() != null) {
			body.put("text", post.text());
		}
		if (post.kind() != null) {
			body.put("kind", post.kind());
		}
		body.put("forwarded", post.forwarded());
		if (post.replyTo() != null) {
			body.put("replyTo", post.replyTo());
		}
		return post("groups/" + chatId + "/messages", body, SentUpdate.class);
	}

	public SentUpdate promote(long chatId, long userId) {
		return post("groups/" + chatId + "/admins", Map.of("userId", userId), SentUpdate.class);
	}

	public SentUpdate banByAdmin(long chatId, long adminId, long userId) {
		return post("groups/" + chatId + "/bans", Map.of("adminId", adminId, "userId", userId), SentUpdate.class);
	}

	public SentUpdate unbanByAdmin(long chatId, long adminId, long userId) {
		return post("groups/" + chatId + "/unbans", Map.of("adminId", adminId, "userId", userId), SentUpdate.class);
	}

	public long migrate(long chatId) {
		return post("groups/" + chatId + "/migrate", Map.of(), JsonNode.class).path("chatId").asLong();
	}

	public SentUpdate botRights(long chatId, Map<String, Boolean> rights) {
		return post("groups/" + chatId + "/bot-rights", rights, SentUpdate.class);
	}

	public SentUpdate removeBot(long chatId) {
		return post("groups/" + chatId + "/remove-bot", Map.of(), SentUpdate.class);
	}

	public List<BotMessage> messages(long chatId) {
		return get("chats/" + chatId + "/messages", new TypeReference<List<BotMessage>>() {
		});
	}

	public List<CallbackAnswer> callbackAnswers(long userId) {
		return get("users/" + userId + "/callback-answers", new TypeReference<List<CallbackAnswer>>() {
		});
	}

	public String memberStatus(long chatId, long userId) {
		return get("chats/" + chatId + "/members/" + userId, new TypeReference<JsonNode>() {
		}).path("status").asString();
	}

	public EmulatorStats.Snapshot stats() {
		return get("stats", new TypeReference<EmulatorStats.Snapshot>() {
		});
	}

	public void faults(FaultSettings settings) {
		post("faults", settings, JsonNode.class);
	}

	public void limits(EmulatorLimits limits) {
		post("limits", limits, JsonNode.class);
	}

	/**
	 * Makes the next update get this id; later ones count up from it.
	 * @param id the next update's id
	 */
	public void nextUpdateId(long id) {
		post("update-ids", Map.of("next", id), JsonNode.class);
	}

	/**
	 * Makes the next update get a random id, as Telegram does after a week without
	 * updates.
	 * @return the id the next update gets
	 */
	public long nextUpdateIdAtRandom() {
		return post("update-ids", Map.of("random", true), JsonNode.class).path("nextUpdateId").asLong();
	}

	/**
	 * Forget chats, messages and pending updates.
	 * @return the last update id issued
	 */
	public long reset() {
		return post("reset", Map.of(), JsonNode.class).path("lastUpdateId").asLong();
	}

	private <T> T post(String path, Object body, Class<T> type) {
		HttpRequest request = HttpRequest.newBuilder(this.baseUrl.resolve(path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(this.json.writeValueAsBytes(body)))
			.build();
		return this.json.readValue(send(request), type);
	}

	private <T> T get(String path, TypeReference<T> type) {
		HttpRequest request = HttpRequest.newBuilder(this.baseUrl.resolve(path))
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build();
		return this.json.readValue(send(request), type);
	}

	private String send(HttpRequest request) {
		HttpResponse<String> response;
		try {
			response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Sandbox user API unreachable at " + this.baseUrl, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while calling the sandbox user API", ex);
		}
		if (response.statusCode() == 200) {
			return response.body();
		}
		String error = this.json.readTree(response.body()).path("error").asString("");
		String message = "Sandbox " + request.method() + " " + request.uri().getPath() + " answered "
				+ response.statusCode() + ": " + error;
		if (response.statusCode() == 400 || response.statusCode() == 404) {
			throw new IllegalArgumentException(message);
		}
		throw new IllegalStateException(message);
	}

}
