package org.peersupport.onboarding;

import java.util.ArrayList;
import java.util.List;

import org.peersupport.messaging.Outbox;
import org.peersupport.participants.PersonalData;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A readable copy of everything kept about a person: each feature's {@link PersonalData}
 * in turn.
 */
@Component
class MyDataExport {

	private final ObjectProvider<PersonalData> data;

	MyDataExport(ObjectProvider<PersonalData> data) {
		this.data = data;
	}

	/**
	 * The export as one message text, in {@code locale}; in plain language when
	 * {@code plain}.
	 */
	String export(long chatId, String locale, boolean plain) {
		List<String> lines = new ArrayList<>();
		this.data.orderedStream().forEach((feature) -> {
			List<String> described = feature.describe(chatId, locale, plain);
			if (!described.isEmpty()) {
				if (!lines.isEmpty()) {
					lines.add("");
				}
				lines.addAll(described);
			}
		});
		if (lines.isEmpty()) {
			return OnboardingTexts.get("mydata.nothing", plain, locale);
		}
		String text = OnboardingTexts.get("mydata.title", plain, locale) + "\n" + String.join("\n", lines);
		if (text.length() > Outbox.MAX_TEXT_LENGTH) {
			String more = "\n" + OnboardingTexts.get("mydata.more", plain, locale);
			text = text.substring(0, Outbox.MAX_TEXT_LENGTH - more.length()) + more;
		}
		return text;
	}

}
