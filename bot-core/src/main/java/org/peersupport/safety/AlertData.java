package org.peersupport.safety;

import java.util.ArrayList;
import java.util.List;

import org.peersupport.participants.PersonalData;

/**
 * Alerts about a person: {@code /mydata} says that the team was asked to help them (still
 * waiting, and how often before) and how often it was told of unanswered check-ins;
 * {@code /forget} removes them.
 */
class AlertData implements PersonalData {

	private final Alerts alerts;

	AlertData(Alerts alerts) {
		this.alerts = alerts;
	}

	@Override
	public List<String> describe(long chatId, String locale, boolean plain) {
		List<Alert> all = this.alerts.about(chatId);
		List<Alert> about = all.stream()
			.filter((alert) -> alert.reason() != ModeratorAlerts.Reason.CHECK_INS_UNANSWERED)
			.toList();
		int unanswered = all.stream()
			.filter((alert) -> alert.reason() == ModeratorAlerts.Reason.CHECK_INS_UNANSWERED)
			.mapToInt(Alert::count)
			.sum();
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
		return lines;
	}

	@Override
	public void erase(long chatId) {
		this.alerts.erase(chatId);
	}

}
