package org.peersupport.sandbox;

import java.util.List;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bot methods about the bot itself: getMe, receiving updates (polling or webhook) and
 * commands.
 */
final class SetupMethods {

	private static final int MAX_POLL_SECONDS = 50;

	private static final Pattern COMMAND = Pattern.compile("[a-z0-9_]{1,32}");

	private final EmulatorState state;

	private final WebhookPusher webhook;

	SetupMethods(EmulatorState state, WebhookPusher webhook) {
		this.state = state;
		this.webhook = webhook;
	}

	void register(BotMethodRegistry registry) {
		registry.add("getMe", false, (params) -> this.state.json.me());
		registry.add("getUpdates", false, this::getUpdates);
		registry.add("setWebhook", false, this::setWebhook);
		registry.add("deleteWebhook", false, this::deleteWebhook);
		registry.add("getWebhookInfo", false, this::getWebhookInfo);
		registry.add("setMyCommands", false, this::setMyCommands);
		registry.add("getMyCommands", false, this::getMyCommands);
		registry.add("deleteMyCommands", false, this::deleteMyCommands);
	}

	JsonNode getUpdates(RequestParams params) throws InterruptedException {
		if (this.webhook.target() != null) {
			throw new BotApiError(409,
					"Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the "
							+ "webhook first",
					null, null);
		}
		if (params.has("allowed_updates")) {
			this.state.updates.allowedUpdates(params.strings("allowed_updates"));
		}
		Long offset = params.optionalLong("offset");
		int limit = Math.max(1, Math.min(100, params.intValue("limit", 100)));
		int timeout = Math.max(0, Math.min(MAX_POLL_SECONDS, params.intValue("timeout", 0)));
		List<ObjectNode> batch = this.state.updates.poll((offset != null) ? offset : 0, limit, timeout * 1000L);
		ArrayNode result = TelegramJson.array();
		batch.forEach(result::add);
		return result;
	}

	JsonNode setWebhook(RequestParams params) {
		String url = params.string("url");
		if (params.has("allowed_updates")) {
			this.state.updates.allowedUpdates(params.strings("allowed_updates"));
		}
		if (params.flag("drop_pending_updates")) {
			this.state.updates.clearPending();
		}
		this.webhook.target(url, params.string("secret_token"));
		return BooleanNode.TRUE;
	}

	JsonNode deleteWebhook(RequestParams params) {
		if (params.flag("drop_pending_updates")) {
			this.state.updates.clearPending();
		}
		this.webhook.target(null, null);
		return BooleanNode.TRUE;
	}

	JsonNode getWebhookInfo(RequestParams params) {
		WebhookPusher.Target target = this.webhook.target();
		ObjectNode info = TelegramJson.object();
		info.put("url", (target != null) ? target.url().toString() : "");
		info.put("has_custom_certificate", false);
		info.put("pending_update_count", this.state.updates.pendingCount());
		if (target != null && this.webhook.lastError() != null) {
			info.put("last_error_date", this.webhook.lastErrorDate());
			info.put("last_error_message", this.webhook.lastError());
		}
		info.put("max_connections", 40);
		return info;
	}

	JsonNode setMyCommands(RequestParams params) {
		JsonNode commands = params.json("commands");
		if (commands == null || !commands.isArray()) {
			throw BotApiError.missing("commands");
		}
		ArrayNode stored = TelegramJson.array();
		for (JsonNode command : commands) {
			String name = command.path("command").asString("");
			String description = command.path("description").asString("");
			if (!COMMAND.matcher(name).matches()) {
				throw BotApiError.badRequest("BOT_COMMAND_INVALID");
			}
			if (description.isEmpty() || description.length() > 256) {
				throw BotApiError.badRequest("command description is empty or too long");
			}
			ObjectNode copy = TelegramJson.object();
			copy.put("command", name);
			copy.put("description", description);
			stored.add(copy);
		}
		this.state.commands().put(commandKey(params), stored);
		return BooleanNode.TRUE;
	}

	JsonNode getMyCommands(RequestParams params) {
		ArrayNode stored = this.state.commands().get(commandKey(params));
		return (stored != null) ? stored : TelegramJson.array();
	}

	JsonNode deleteMyCommands(RequestParams params) {
		this.state.commands().remove(commandKey(params));
		return BooleanNode.TRUE;
	}

	/** Commands are kept per scope (type, chat, user) and language. */
	private static String commandKey(RequestParams params) {
		JsonNode scope = params.json("scope");
		String type = (scope != null) ? scope.path("type").asString("default") : "default";
		String chat = (scope != null) ? scope.path("chat_id").asString("") : "";
		String user = (scope != null) ? scope.path("user_id").asString("") : "";
		String language = params.string("language_code");
		return type + "|" + chat + "|" + user + "|" + ((language != null) ? language : "");
	}

}
