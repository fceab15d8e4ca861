package org.peersupport.safety;

import java.util.ArrayList;
import java.util.List;

import org.peersupport.participants.PersonalData;

/**
 * Alerts about a person: {@code /mydata} says that the team was asked to help them (still
 * waiting, and how often before); {@code /forget} removes them.
 */
class AlertData implements PersonalData {

	private final Alerts alerts;

	AlertData(Alerts alerts) {
		this.alerts = alerts;
	}

	@Override
	public List<String> describe(long chatId, String locale) {
		List<Alert> about = this.alerts.about(chatId);
		long pending = about.stream().filter((alert) -> alert.status().isPending()).count();
		List<String> lines = new ArrayList<>();
		if (pending > 0) {
			lines.add(SafetyTexts.get("mydata.waiting-for-someone", locale));
		}
		if (about.size() > pending) {
			lines.add(SafetyTexts.get("mydata.asked-before", locale, about.size() - pending));
		}
		return lines;
	}

	@Override
	public void erase(long chatId) {
		this.alerts.erase(chatId);
	}

}
