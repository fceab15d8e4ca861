package org.peersupport.messaging;

/**
 * Looks at every private message before it is routed (e.g. the crisis-word check). It may
 * reply, and routing then continues as usual.
 */
public interface InboundInterceptor {

	/** Inspects the event; replies go through {@code replies} like a handler's. */
	void inspect(InboundEvent event, Replies replies);

}
