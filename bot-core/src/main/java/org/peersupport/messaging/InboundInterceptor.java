package org.peersupport.messaging;

/**
 * Looks at every private message before it is routed (e.g. the crisis-word check). It may
 * reply, and routing then continues as usual, with its verdict in the update's
 * {@link Replies#screening()}.
 */
public interface InboundInterceptor {

	/**
	 * Whether it looks at this event: by default a private text or command; one that
	 * wants every private act of a person (a button press, a photo) says so.
	 */
	default boolean inspects(InboundEvent event) {
		return event.isPrivate() && (event.kind() == InboundKind.TEXT || event.kind() == InboundKind.COMMAND);
	}

	/**
	 * Inspects the event; replies go through {@code replies} like a handler's.
	 * @return what it found ({@link Screening#CLEAR} for nothing)
	 */
	Screening inspect(InboundEvent event, Replies replies);

}
