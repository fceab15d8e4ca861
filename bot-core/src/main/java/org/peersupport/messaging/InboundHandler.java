package org.peersupport.messaging;

/**
 * A feature's entry point for inbound events. The router finds handlers by their
 * {@link Route}; a new feature adds a handler bean and touches nothing else.
 */
public interface InboundHandler {

	/** Which events this handler is for. */
	Route route();

	/**
	 * Whether the handler takes this event now; only asked for {@link Route.Conversation}
	 * handlers (e.g. whether the chat has an active conversation).
	 */
	default boolean accepts(InboundEvent event) {
		return true;
	}

	/**
	 * Handles the event. Outgoing calls go through {@code replies}, before any state
	 * change they follow from; state changes are conditional on the expected prior state,
	 * so a second run acts once.
	 */
	void handle(InboundEvent event, Replies replies);

}
