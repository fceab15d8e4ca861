package org.peersupport.sandbox;

/**
 * An error answer of the Bot API: HTTP status, description and optional parameters.
 */
final class BotApiError extends RuntimeException {

	private final int code;

	private final Integer retryAfter;

	private final Long migrateToChatId;

	BotApiError(int code, String description, Integer retryAfter, Long migrateToChatId) {
		super(description, null, false, false);
		this.code = code;
		this.retryAfter = retryAfter;
		this.migrateToChatId = migrateToChatId;
	}

	static BotApiError badRequest(String what) {
		return new BotApiError(400, "Bad Request: " + what, null, null);
	}

	static BotApiError forbidden(String what) {
		return new BotApiError(403, "Forbidden: " + what, null, null);
	}

	static BotApiError tooManyRequests(int retryAfterSeconds) {
		return new BotApiError(429, "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds, null);
	}

	static BotApiError migrated(long newChatId) {
		return new BotApiError(400, "Bad Request: group chat was upgraded to a supergroup chat", null, newChatId);
	}

	static BotApiError missing(String parameter) {
		return badRequest(parameter + " is empty");
	}

	int code() {
		return this.code;
	}

	String description() {
		return getMessage();
	}

	Integer retryAfter() {
		return this.retryAfter;
	}

	Long migrateToChatId() {
		return this.migrateToChatId;
	}

}
