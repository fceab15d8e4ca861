package org.peersupport.silence;

import java.util.List;

import org.peersupport.participants.PersonalData;

/**
 * The time of a person's last message in {@code /mydata}, with the day their data will be
 * erased if they stay silent; erased with the person.
 */
class SilenceData implements PersonalData {

	private final LastMessages lastMessages;

	private final Silence silence;

	SilenceData(LastMessages lastMessages, Silence silence) {
		this.lastMessages = lastMessages;
		this.silence = silence;
	}

	@Override
	public List<String> describe(long chatId, String locale, boolean plain) {
		return this.lastMessages.find(chatId)
			.map((last) -> List.of(SilenceTexts.get("silence.mydata", plain, locale, Silence.day(last.at(), locale),
					Silence.day(this.silence.erasureOf(last), locale))))
			.orElse(List.of());
	}

	@Override
	public void erase(long chatId) {
		this.lastMessages.erase(chatId);
	}

}
