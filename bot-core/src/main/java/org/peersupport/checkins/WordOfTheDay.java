package org.peersupport.checkins;

import java.time.Clock;

import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The message a person writes after choosing "write a word" on a check-in: kept with that
 * check-in's answer.
 */
class WordOfTheDay implements InboundHandler {

	/** As much of the word as is kept. */
	static final int MAX_LENGTH = 500;

	private final MoodPoints moods;

	private final Prompts prompts;

	private final MongoOperations mongo;

	private final Clock clock;

	WordOfTheDay(MoodPoints moods, Prompts prompts, MongoOperations mongo, Clock clock) {
		this.moods = moods;
		this.prompts = prompts;
		this.mongo = mongo;
		this.clock = clock;
	}

	@Override
	public Route route() {
		return Route.conversation();
	}

	@Override
	public boolean accepts(InboundEvent event) {
		if (!event.hasText() || event.command() != null) {
			return false;
		}
		AwaitedWord awaited = this.mongo.findById(event.chatId(), AwaitedWord.class);
		return awaited != null && awaited.until().isAfter(this.clock.instant());
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		AwaitedWord awaited = this.mongo.findById(event.chatId(), AwaitedWord.class);
		if (awaited == null) {
			return;
		}
		if (!replies.screening().isCrisis()) {
			this.moods.addWord(event.chatId(), awaited.occurrenceSecond(), clip(event.text()));
			Prompts.Voice voice = this.prompts.voice(event.chatId());
			replies.send(CheckInTexts.get("checkin.word.kept", voice.plain(), voice.locale()));
		}
		// After a crisis message the crisis answer stands alone; the word is not kept.
		this.mongo.remove(Query.query(Criteria.where("_id").is(event.chatId())), AwaitedWord.class);
	}

	/**
	 * The word as it is kept: without surrounding spaces, at most {@link #MAX_LENGTH}.
	 */
	static String clip(String word) {
		String stripped = word.strip();
		return (stripped.length() > MAX_LENGTH) ? stripped.substring(0, MAX_LENGTH) : stripped;
	}

}
