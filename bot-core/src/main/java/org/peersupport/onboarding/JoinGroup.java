package org.peersupport.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.peersupport.conversation.ActionContext;
import org.peersupport.conversation.ScriptAction;
import org.peersupport.groups.Placement;
import org.peersupport.participants.ParticipantOnboarded;
import org.peersupport.participants.Participants;
import org.peersupport.participants.Programme;
import org.peersupport.participants.Programmes;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * {@code joinGroup}: stores the onboarding answers and asks the peer groups for a place:
 * the person gets a group's rules, or hears that they are on the waiting list. Counts the
 * onboarding (anonymously) and publishes {@link ParticipantOnboarded} the first time
 * only; the placement runs on every run of the update (it is safe to repeat), so a crash
 * after the answers were stored still places the person.
 */
@Component
class JoinGroup implements ScriptAction {

	private final Participants participants;

	private final Programmes programmes;

	private final ProgrammeStats stats;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Placement placement;

	JoinGroup(Participants participants, Programmes programmes, ProgrammeStats stats, ApplicationEventPublisher events,
			Clock clock, Placement placement) {
		this.placement = placement;
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
		this.placement.placeOnboarded(context.chatId(), context.replies());
	}

}
