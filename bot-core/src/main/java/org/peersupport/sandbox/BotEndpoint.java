package org.peersupport.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bot side: {@code POST /bot<token>/<method>} as Telegram answers it, with faults and
 * limits applied before a call has any effect.
 */
final class BotEndpoint implements HttpHandler {

	private static final Log logger = LogFactory.getLog(BotEndpoint.class);

	private static final String PREFIX = "/bot";

	private final EmulatorState state;

	private final BotMethodRegistry registry;

	private final EmulatorFaults faults;

	private final JsonMapper json;

	BotEndpoint(EmulatorState state, BotMethodRegistry registry, EmulatorFaults faults, JsonMapper json) {
		this.state = state;
		this.registry = registry;
		this.faults = faults;
		this.json = json;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try {
			byte[] body = readBody(exchange);
			String path = exchange.getRequestURI().getPath();
			int slash = path.indexOf('/', PREFIX.length());
			if (slash < 0 || !path.substring(PREFIX.length(), slash).equals(this.state.settings.botToken())) {
				write(exchange, error(new BotApiError(401, "Unauthorized", null, null)), 401);
				return;
			}
			String methodName = path.substring(slash + 1);
			BotMethodRegistry.Entry entry = this.registry.find(methodName);
			this.state.stats.countRequest((entry != null) ? entry.name() : methodName);
			if (entry == null) {
				write(exchange, error(new BotApiError(404, "Not Found", null, null)), 404);
				return;
			}
			JsonNode result = call(exchange, entry, body);
			if (result != null) {
				ObjectNode answer = TelegramJson.object();
				answer.put("ok", true);
				answer.set("result", result);
				write(exchange, answer, 200);
			}
		}
		catch (BotApiError ex) {
			write(exchange, error(ex), ex.code());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			write(exchange, error(new BotApiError(500, "Internal Server Error: emulator stopping", null, null)), 500);
		}
		catch (RuntimeException ex) {
			logger.warn("Emulator failed to handle a bot call", ex);
			write(exchange, error(new BotApiError(500, "Internal Server Error", null, null)), 500);
		}
		finally {
			exchange.close();
		}
	}

	/**
	 * Apply delay, faults and limits, then the method. Null means: drop the connection.
	 */
	private JsonNode call(HttpExchange exchange, BotMethodRegistry.Entry entry, byte[] body)
			throws InterruptedException {
		Duration delay = this.faults.currentDelay();
		if (!delay.isZero()) {
			Thread.sleep(delay.toMillis());
		}
		RequestParams params = RequestParams.parse(exchange.getRequestURI().getRawQuery(),
				exchange.getRequestHeaders().getFirst("Content-Type"), body, this.json);
		Long chatId = chatIdOf(params);
		if (chatId != null) {
			this.state.limiter.noteCall(chatId);
		}
		EmulatorFaults.Fault fault = this.faults.decide(entry.name().toLowerCase(Locale.ROOT));
		if (fault.drop()) {
			this.state.stats.countDroppedConnection();
			return null;
		}
		if (fault.error() != null) {
			throw counted(fault, chatId);
		}
		if (entry.rateLimited() && chatId != null) {
			this.state.limiter.acquire(chatId);
		}
		return entry.method().call(params);
	}

	private BotApiError counted(EmulatorFaults.Fault fault, Long chatId) {
		BotApiError error = fault.error();
		if (fault.scripted()) {
			this.state.stats.countScriptedFailure();
		}
		else {
			this.state.stats.countServerError();
		}
		if (error.code() == 429 && error.retryAfter() != null) {
			this.state.limiter.recordDeadline((chatId != null) ? chatId : 0, error.retryAfter());
		}
		return error;
	}

	private static Long chatIdOf(RequestParams params) {
		try {
			return params.optionalLong("chat_id");
		}
		catch (BotApiError ex) {
			return null;
		}
	}

	private static byte[] readBody(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			return in.readAllBytes();
		}
	}

	private static ObjectNode error(BotApiError error) {
		ObjectNode answer = TelegramJson.object();
		answer.put("ok", false);
		answer.put("error_code", error.code());
		answer.put("description", error.description());
		if (error.retryAfter() != null || error.migrateToChatId() != null) {
			ObjectNode parameters = answer.putObject("parameters");
			if (error.retryAfter() != null) {
				parameters.put("retry_after", error.retryAfter());
			}
			if (error.migrateToChatId() != null) {
				parameters.put("migrate_to_chat_id", error.migrateToChatId());
			}
		}
		return answer;
	}

	private void write(HttpExchange exchange, ObjectNode answer, int status) throws IOException {
		byte[] bytes = this.json.writeValueAsBytes(answer);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

}
