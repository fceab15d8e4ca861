package org.peersupport.requests;

import java.time.Clock;
import java.time.Duration;

import org.peersupport.conversation.ConversationRuntime;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The word a participant may leave about the help after rating it (as a check-in keeps a
 * word about the day): their next text, within {@link #WAIT} and unless a conversation or
 * a relay takes it, is kept on the request for the team. "No, thanks" drops the wait.
 */
class FeedbackWord implements InboundHandler {

	/** How long the next message is taken as the word. */
	static final Duration WAIT = Duration.ofMinutes(30);

	/** As much of the word as is kept. */
	static final int MAX_LENGTH = 500;

	private final HelpRequests requests;

	private final Relay relay;

	private final ConversationRuntime runtime;

	private final RequestIntake intake;

	private final MongoOperations mongo;

	private final Clock clock;

	FeedbackWord(HelpRequests requests, Relay relay, ConversationRuntime runtime, RequestIntake intake,
			MongoOperations mongo, Clock clock) {
		this.requests = requests;
		this.relay = relay;
		this.runtime = runtime;
		this.intake = intake;
		this.mongo = mongo;
		this.clock = clock;
	}

	@Override
	public Route route() {
		return Route.conversation();
	}

	/** Takes the participant's next message as their word about this request. */
	void await(long chatId, long number) {
		this.mongo.save(new AwaitedFeedback(chatId, number, this.clock.instant().plus(WAIT)));
	}

	/** Stops waiting for the participant's word. */
	void drop(long chatId) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(chatId)), AwaitedFeedback.class);
	}

	@Override
	public boolean accepts(InboundEvent event) {
		if (!event.isPrivate() || !event.hasText() || event.command() != null) {
			return false;
		}
		AwaitedFeedback awaited = this.mongo.findById(event.chatId(), AwaitedFeedback.class);
		return awaited != null && awaited.until().isAfter(this.clock.instant()) && !this.runtime.takes(event)
				&& this.relay.current(event.chatId()).isEmpty();
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		AwaitedFeedback awaited = this.mongo.findById(event.chatId(), AwaitedFeedback.class);
		if (awaited == null) {
			return;
		}
		// After a crisis message the crisis answer stands alone; the word is not kept.
		if (!replies.screening().isCrisis()
				&& this.requests.keepFeedback(awaited.number(), event.chatId(), clip(event.text()))) {
			replies.send(RequestTexts.get("feedback.word.kept", this.intake.plain(event.chatId()),
					this.intake.locale(event)));
		}
		drop(event.chatId());
	}

	/**
	 * The word as it is kept: without surrounding spaces, at most {@link #MAX_LENGTH}.
	 */
	static String clip(String word) {
		String stripped = word.strip();
		return (stripped.length() > MAX_LENGTH) ? stripped.substring(0, MAX_LENGTH) : stripped;
	}

}
