package org.peersupport.messaging;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the router finds a handler for an event.
 */
public sealed interface Route {

	/**
	 * Commands in a private chat, e.g. {@code start}; a command beats an active
	 * conversation.
	 */
	static Route commands(String... names) {
		return new Commands(Set.of(names).stream().map((n) -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()));
	}

	/** Button presses whose data starts with {@code owner + ":"}. */
	static Route buttons(String owner) {
		return new Buttons(owner);
	}

	/** Text and other messages in a private chat, when the handler accepts the event. */
	static Route conversation() {
		return new Conversation();
	}

	/** Messages in groups. */
	static Route groupMessages() {
		return new GroupMessages();
	}

	/**
	 * Every event of a kind (membership changes, join requests, migrations); all such
	 * handlers run.
	 */
	static Route kind(InboundKind kind) {
		return new Kind(kind);
	}

	/**
	 * What nobody else takes in a private chat: unknown commands, stale buttons, stray
	 * messages.
	 */
	static Route fallback() {
		return new Fallback();
	}

	/** Commands route. */
	record Commands(Set<String> names) implements Route {
	}

	/** Buttons route. */
	record Buttons(String owner) implements Route {
	}

	/** Conversation route. */
	record Conversation() implements Route {
	}

	/** Group messages route. */
	record GroupMessages() implements Route {
	}

	/** Kind route. */
	record Kind(InboundKind kind) implements Route {
	}

	/** Fallback route. */
	record Fallback() implements Route {
	}

}
