package org.peersupport.safety;

import java.util.List;

import org.peersupport.participants.PersonalData;

/**
 * Alerts about a person: {@code /mydata} says that the team was asked to help them and
 * that it is pending; {@code /forget} removes them.
 */
class AlertData implements PersonalData {

	private final Alerts alerts;

	AlertData(Alerts alerts) {
		this.alerts = alerts;
	}

	@Override
	public List<String> describe(long chatId, String locale) {
		return this.alerts.pendingAbout(chatId).isEmpty() ? List.of()
				: List.of(SafetyTexts.get("mydata.waiting-for-someone", locale));
	}

	@Override
	public void erase(long chatId) {
		this.alerts.erase(chatId);
	}

}
