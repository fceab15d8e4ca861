package org.peersupport.checkins;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Outgoing;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;

/**
 * {@code /mood}: the person's answers of the last 30 days as a small chart, drawn here
 * and sent as a picture through the outbox; with no answer in that time, a line that says
 * so.
 */
class MoodCommand implements InboundHandler {

	/** The command's name. */
	static final String NAME = "mood";

	/** How far back the chart goes. */
	static final Duration PERIOD = Duration.ofDays(30);

	private final MoodPoints moods;

	private final Prompts prompts;

	private final Clock clock;

	MoodCommand(MoodPoints moods, Prompts prompts, Clock clock) {
		this.moods = moods;
		this.prompts = prompts;
		this.clock = clock;
	}

	@Override
	public Route route() {
		return Route.commands(NAME);
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		long chatId = event.chatId();
		Prompts.Voice voice = this.prompts.voice(chatId);
		Instant now = this.clock.instant();
		Instant from = now.minus(PERIOD);
		List<MoodPoint> points = this.moods.since(chatId, from);
		if (points.isEmpty()) {
			replies.send(CheckInTexts.get("mood.none", voice.plain(), voice.locale()));
			return;
		}
		replies.put(new Outgoing.SendPhoto(chatId, MoodChart.draw(points, from, now),
				CheckInTexts.get("mood.caption", voice.plain(), voice.locale(), points.size())));
	}

}
