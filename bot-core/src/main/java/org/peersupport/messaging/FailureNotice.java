package org.peersupport.messaging;

/**
 * The localized words said to a person whose message could not be handled after several
 * tries.
 */
@FunctionalInterface
public interface FailureNotice {

	/** The text for the event's person, in their language. */
	String text(InboundEvent event);

}
