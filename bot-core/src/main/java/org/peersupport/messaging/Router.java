package org.peersupport.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each inbound event to the handler that owns it: a command beats an active
 * conversation; a button press goes to the owner named in its data; other private
 * messages go to the conversation that accepts them, else to the fallback; membership
 * changes and join requests go to every handler of that kind.
 */
class Router {

	private static final Logger log = LoggerFactory.getLogger(Router.class);

	private final Map<String, InboundHandler> commands = new HashMap<>();

	private final Map<String, InboundHandler> buttons = new HashMap<>();

	private final List<InboundHandler> conversations;

	private final List<InboundHandler> groupMessages;

	private final List<InboundHandler> all;

	private final Optional<InboundHandler> fallback;

	private final List<InboundInterceptor> interceptors;

	private final FailureNotice failureNotice;

	public Router(List<InboundHandler> handlers, List<InboundInterceptor> interceptors, FailureNotice failureNotice) {
		this.all = List.copyOf(handlers);
		this.interceptors = List.copyOf(interceptors);
		this.failureNotice = failureNotice;
		for (InboundHandler handler : handlers) {
			if (handler.route() instanceof Route.Commands route) {
				route.names().forEach((name) -> register(this.commands, name, handler));
			}
			else if (handler.route() instanceof Route.Buttons route) {
				register(this.buttons, route.owner(), handler);
			}
		}
		this.conversations = handlers.stream().filter((h) -> h.route() instanceof Route.Conversation).toList();
		this.groupMessages = handlers.stream().filter((h) -> h.route() instanceof Route.GroupMessages).toList();
		List<InboundHandler> fallbacks = handlers.stream().filter((h) -> h.route() instanceof Route.Fallback).toList();
		if (fallbacks.size() > 1) {
			throw new IllegalStateException("More than one fallback handler: " + fallbacks);
		}
		this.fallback = fallbacks.stream().findFirst();
	}

	/** The commands some handler takes. */
	java.util.Set<String> commandNames() {
		return java.util.Set.copyOf(this.commands.keySet());
	}

	/** Handles one event; exceptions reach the inbox worker, which retries. */
	public void route(InboundEvent event, Replies replies) {
		for (InboundInterceptor interceptor : this.interceptors) {
			if (interceptor.inspects(event)) {
				Screening found = interceptor.inspect(event, replies);
				if (found != null && found.isCrisis() && !replies.screening().isCrisis()) {
					replies.screened(found);
				}
			}
		}
		switch (event.kind()) {
			case COMMAND -> routeCommand(event, replies);
			case BUTTON -> routeButton(event, replies);
			case TEXT, NON_TEXT -> routeMessage(event, replies);
			default -> routeKind(event, replies);
		}
		if (!replies.buttonAnswered()) {
			// An unanswered press leaves a spinner on the person's phone.
			replies.answerButton(null);
		}
	}

	/**
	 * Tells the person their message could not be handled (after the inbox gave up
	 * retrying it).
	 */
	void apologize(InboundEvent event, Replies replies) {
		if (event.isPrivate()) {
			replies.answerButton(null);
			replies.send(this.failureNotice.text(event));
		}
	}

	private void routeCommand(InboundEvent event, Replies replies) {
		if (!event.isPrivate()) {
			routeGroup(event, replies);
			return;
		}
		InboundHandler handler = this.commands.get(event.command());
		if (handler != null) {
			handler.handle(event, replies);
		}
		else {
			toFallback(event, replies);
		}
	}

	private void routeButton(InboundEvent event, Replies replies) {
		String data = (event.buttonData() != null) ? event.buttonData() : "";
		int colon = data.indexOf(':');
		InboundHandler handler = (colon > 0) ? this.buttons.get(data.substring(0, colon)) : null;
		if (handler != null) {
			handler.handle(event, replies);
		}
		else {
			toFallback(event, replies);
		}
	}

	private void routeMessage(InboundEvent event, Replies replies) {
		if (!event.isPrivate()) {
			routeGroup(event, replies);
			return;
		}
		for (InboundHandler conversation : this.conversations) {
			if (conversation.accepts(event)) {
				conversation.handle(event, replies);
				return;
			}
		}
		toFallback(event, replies);
	}

	private void routeGroup(InboundEvent event, Replies replies) {
		this.groupMessages.forEach((handler) -> handler.handle(event, replies));
	}

	private void routeKind(InboundEvent event, Replies replies) {
		for (InboundHandler handler : this.all) {
			if (handler.route() instanceof Route.Kind route && route.kind() == event.kind()) {
				handler.handle(event, replies);
			}
		}
	}

	private void toFallback(InboundEvent event, Replies replies) {
		if (this.fallback.isPresent()) {
			this.fallback.get().handle(event, replies);
		}
		else {
			log.debug("No handler for {}", event);
		}
	}

	private static void register(Map<String, InboundHandler> map, String key, InboundHandler handler) {
		InboundHandler previous = map.putIfAbsent(key, handler);
		if (previous != null) {
			throw new IllegalStateException("Both " + previous.getClass().getSimpleName() + " and "
					+ handler.getClass().getSimpleName() + " claim '" + key + "'");
		}
	}

}
