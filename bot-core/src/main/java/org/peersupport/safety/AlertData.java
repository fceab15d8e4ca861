package org.peersupport.safety;

import java.util.ArrayList;
import java.util.List;

import org.peersupport.participants.PersonalData;

/**
 * Alerts about a person: {@code /mydata} says that the team was asked to help them (still
 * waiting, and how often before), how often it was told of unanswered check-ins and of
 * the person blocking the bot; {@code /forget} removes them and the blocking kept.
 */
class AlertData implements PersonalData {

	private final Alerts alerts;

	private final BlockedParticipants blocked;

	AlertData(Alerts alerts, BlockedParticipants blocked) {
		this.alerts = alerts;
		this.blocked = blocked;
	}

	@Override
	public List<String> describe(long chatId, String locale, boolean plain) {
		List<Alert> all = this.alerts.about(chatId);
		List<Alert> about = all.stream()
			.filter((alert) -> alert.reason() != ModeratorAlerts.Reason.CHECK_INS_UNANSWERED
					&& alert.reason() != ModeratorAlerts.Reason.PARTICIPANT_BLOCKED)
			.toList();
		int unanswered = count(all, ModeratorAlerts.Reason.CHECK_INS_UNANSWERED);
		int blockings = count(all, ModeratorAlerts.Reason.PARTICIPANT_BLOCKED);
		long pending = about.stream().filter((alert) -> alert.status().isPending()).count();
		List<String> lines = new ArrayList<>();
		if (pending > 0) {
			lines.add(SafetyTexts.get("mydata.waiting-for-someone", plain, locale));
		}
		if (about.size() > pending) {
			lines.add(SafetyTexts.get("mydata.asked-before", plain, locale, about.size() - pending));
		}
		if (unanswered > 0) {
			lines.add(SafetyTexts.get("mydata.check-ins-unanswered", plain, locale, unanswered));
		}
		if (blockings > 0) {
			lines.add(SafetyTexts.get("mydata.blocked", plain, locale, blockings));
		}
		return lines;
	}

	private static int count(List<Alert> alerts, ModeratorAlerts.Reason reason) {
		return alerts.stream().filter((alert) -> alert.reason() == reason).mapToInt(Alert::count).sum();
	}

	@Override
	public void erase(long chatId) {
		this.alerts.erase(chatId);
		this.blocked.forget(chatId);
	}

}
