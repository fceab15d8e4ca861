package org.peersupport.messaging;

/**
 * Keeps {@link ChatReachability} current from the bot's membership updates: blocked or
 * removed makes a chat unreachable, back to member makes it reachable.
 */
class ReachabilityHandler implements InboundHandler {

	private final ChatReachability reachability;

	ReachabilityHandler(ChatReachability reachability) {
		this.reachability = reachability;
	}

	@Override
	public Route route() {
		return Route.kind(InboundKind.BOT_MEMBERSHIP);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		String status = (event.memberStatus() != null) ? event.memberStatus() : "";
		switch (status) {
			case "kicked", "left" -> this.reachability.blocked(event.chatId(), event.isPrivate());
			case "member", "administrator", "creator", "restricted" ->
				this.reachability.reachedAgain(event.chatId(), event.isPrivate());
			default -> {
			}
		}
	}

}
