package org.peersupport.onboarding;

import org.peersupport.conversation.ActionContext;
import org.peersupport.conversation.ScriptAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * {@code scheduleCheckIns}: the check-in preference ({@code checkInTime},
 * {@code timeZone}) is kept in the participant's profile by {@code joinGroup}; the
 * check-ins feature (a later issue) schedules from it. Until then this binding only
 * accepts the action, so the shipped scripts run.
 */
@Component
class ScheduleCheckIns implements ScriptAction {

	private static final Logger log = LoggerFactory.getLogger(ScheduleCheckIns.class);

	@Override
	public String name() {
		return "scheduleCheckIns";
	}

	@Override
	public void run(ActionContext context) {
		log.debug("Check-in preference of chat {} kept in the profile; no check-in schedule exists yet",
				context.chatId());
	}

}
