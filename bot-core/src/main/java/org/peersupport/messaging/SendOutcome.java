package org.peersupport.messaging;

import java.time.Duration;

/**
 * What happened to one Bot API call, in the terms the outbox sender acts on.
 */
public sealed interface SendOutcome {

	/** The call succeeded; for sends and edits, the Telegram message id. */
	record Delivered(Long messageId) implements SendOutcome {
	}

	/** An invite link was created. */
	record LinkCreated(String link) implements SendOutcome {

		@Override
		public String toString() {
			return "LinkCreated";
		}

	}

	/** 429: wait this long before calling for this chat again. */
	record RetryAfter(Duration delay) implements SendOutcome {
	}

	/** 403: the user blocked the bot, or the bot was removed from the group. */
	record Blocked() implements SendOutcome {
	}

	/** 5xx, timeout or a dropped connection: worth another try later. */
	record Transient(int code) implements SendOutcome {
	}

	/** The group became a supergroup with a new id; the call should go there. */
	record Migrated(long newChatId) implements SendOutcome {
	}

	/** Telegram refused the call for good (400 and the like). */
	record Rejected(int code, String description) implements SendOutcome {
	}

}
