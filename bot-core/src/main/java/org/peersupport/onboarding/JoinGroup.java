package org.peersupport.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.peersupport.conversation.ActionContext;
import org.peersupport.conversation.ScriptAction;
import org.peersupport.participants.ParticipantOnboarded;
import org.peersupport.participants.Participants;
import org.peersupport.participants.Programme;
import org.peersupport.participants.Programmes;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * {@code joinGroup}: until peer groups exist, stores the onboarding answers and puts the
 * participant on their programme's waiting list (the script's own text tells the person
 * exactly that). Counts the onboarding (anonymously) and publishes
 * {@link ParticipantOnboarded} the first time only.
 */
@Component
class JoinGroup implements ScriptAction {

	private final Participants participants;

	private final Programmes programmes;

	private final ProgrammeStats stats;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	JoinGroup(Participants participants, Programmes programmes, ProgrammeStats stats, ApplicationEventPublisher events,
			Clock clock) {
		this.participants = participants;
		this.programmes = programmes;
		this.stats = stats;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "joinGroup";
	}

	@Override
	public void run(ActionContext context) {
		String key = context.field("programme");
		Programme programme = this.programmes.findOrFirst(key);
		Map<String, Object> profile = new LinkedHashMap<>(context.fields());
		profile.remove("locale");
		profile.remove("programme");
		Instant now = this.clock.instant();
		if (this.participants.completeOnboarding(context.chatId(), programme.key(), profile, now)) {
			this.stats.countOnboarded(programme.key(), now);
			this.events.publishEvent(new ParticipantOnboarded(context.chatId(), programme.key(), now));
		}
	}

}
