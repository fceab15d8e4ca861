package org.peersupport.volunteers;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.peersupport.conversation.ActionContext;
import org.peersupport.conversation.ScriptAction;
import org.peersupport.participants.PersonRefs;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.participants.VolunteerSubmitted;
import org.peersupport.participants.Volunteers;
import org.peersupport.safety.ModeratorAlerts;

import org.springframework.context.ApplicationEventPublisher;

/**
 * The {@code submitVolunteer} action: stores the application as PENDING with the vetting
 * details and lets the moderators know.
 */
class SubmitVolunteer implements ScriptAction {

	private final Volunteers volunteers;

	private final PersonRefs refs;

	private final ModeratorAlerts alerts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SubmitVolunteer(Volunteers volunteers, PersonRefs refs, ModeratorAlerts alerts, ApplicationEventPublisher events,
			Clock clock) {
		this.volunteers = volunteers;
		this.refs = refs;
		this.alerts = alerts;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "submitVolunteer";
	}

	@Override
	public void run(ActionContext context) {
		// Derived from the update's receipt (not its id, which Telegram reuses), so
		// handling it again finds the same application. The receipt's end is its
		// counter: different for each update of one person.
		String receipt = context.event().receipt();
		String id = "V" + this.refs.of(context.chatId()).substring(1) + "-"
				+ receipt.substring(Math.max(0, receipt.length() - 8));
		Map<String, Object> details = new LinkedHashMap<>(context.fields());
		details.remove("locale");
		Object programme = details.remove("programme");
		Volunteer volunteer = new Volunteer(id, context.chatId(), context.locale(),
				(programme != null) ? programme.toString() : null, details, VolunteerStatus.PENDING,
				context.consentVersion(), context.consentedAt(), this.clock.instant(), null, null,
				Volunteer.SCHEMA_VERSION);
		this.alerts.alert(context.replies(), ModeratorAlerts.Reason.VOLUNTEER_PENDING, context.chatId(), id);
		if (this.volunteers.submit(volunteer)) {
			this.events.publishEvent(new VolunteerSubmitted(id, volunteer.submittedAt()));
		}
	}

}
