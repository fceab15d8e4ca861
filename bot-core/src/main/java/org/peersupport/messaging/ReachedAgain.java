package org.peersupport.messaging;

/**
 * A person who writes, sends anything or presses a button in their private chat can be
 * reached again, even when Telegram told nothing of an unblock (a 403 alone marked the
 * chat unreachable): looked at before routing, so the answer to this very update is sent.
 */
class ReachedAgain implements InboundInterceptor {

	private final ChatReachability reachability;

	ReachedAgain(ChatReachability reachability) {
		this.reachability = reachability;
	}

	@Override
	public boolean inspects(InboundEvent event) {
		return event.isPrivate() && (event.kind() == InboundKind.TEXT || event.kind() == InboundKind.COMMAND
				|| event.kind() == InboundKind.BUTTON || event.kind() == InboundKind.NON_TEXT);
	}

	@Override
	public Screening inspect(InboundEvent event, Replies replies) {
		this.reachability.reachedAgain(event.chatId(), true);
		return Screening.CLEAR;
	}

}
