package org.peersupport.groups.moderation;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.peersupport.participants.PersonalData;

/**
 * A person's warnings in {@code /mydata}; {@code /forget} erases their conduct records,
 * the reports of their messages (and their name on reports they made) and the audit
 * entries about them.
 */
class ModerationData implements PersonalData {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

	private final Conducts conducts;

	private final Reports reports;

	private final ModerationLog log;

	ModerationData(Conducts conducts, Reports reports, ModerationLog log) {
		this.conducts = conducts;
		this.reports = reports;
		this.log = log;
	}

	@Override
	public List<String> describe(long chatId, String locale, boolean plain) {
		ModerationTexts.Voice voice = new ModerationTexts.Voice(locale, plain);
		List<String> lines = new ArrayList<>();
		for (Conduct conduct : this.conducts.of(chatId)) {
			for (Conduct.Warning warning : conduct.warnings()) {
				lines.add(ModerationTexts.said("mydata.warning", voice, DAY.format(warning.at()),
						ModerationTexts.said("rule." + warning.breach().name(), voice)));
			}
		}
		return lines;
	}

	@Override
	public void erase(long chatId) {
		this.conducts.erase(chatId);
		this.reports.erase(chatId);
		this.log.erase(chatId);
	}

}
