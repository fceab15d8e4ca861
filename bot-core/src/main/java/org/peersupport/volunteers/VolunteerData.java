package org.peersupport.volunteers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.peersupport.conversation.ShownAnswers;
import org.peersupport.participants.PersonalData;
import org.peersupport.participants.Programmes;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.Volunteers;

/**
 * A person's volunteer applications in {@code /mydata}, with their status and answers;
 * erased with the person.
 */
class VolunteerData implements PersonalData {

	private final Volunteers volunteers;

	private final Programmes programmes;

	private final ShownAnswers answers;

	VolunteerData(Volunteers volunteers, Programmes programmes, ShownAnswers answers) {
		this.volunteers = volunteers;
		this.programmes = programmes;
		this.answers = answers;
	}

	@Override
	public List<String> describe(long chatId, String locale, boolean plain) {
		List<String> lines = new ArrayList<>();
		for (Volunteer volunteer : this.volunteers.ofChat(chatId)) {
			if (!lines.isEmpty()) {
				lines.add("");
			}
			lines.add(VolunteerTexts.get("mydata.volunteer", plain, locale,
					VolunteerTexts.get("mydata.volunteer." + volunteer.status().name(), plain, locale)));
			if (volunteer.programme() != null) {
				lines.add(ShownAnswers.line(ShownAnswers.label("programme", locale, plain),
						this.programmes.nameOf(volunteer.programme(), locale)));
			}
			lines.addAll(this.answers.lines(volunteer.details(), volunteer.consentVersion(), locale, plain));
		}
		return lines;
	}

	@Override
	public Set<String> references(long chatId) {
		return this.volunteers.ofChat(chatId).stream().map(Volunteer::id).collect(Collectors.toSet());
	}

	@Override
	public void erase(long chatId) {
		this.volunteers.erase(chatId);
	}

}
