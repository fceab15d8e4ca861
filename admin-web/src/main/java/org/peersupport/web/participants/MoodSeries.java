package org.peersupport.web.participants;

import java.util.List;
import java.util.stream.Collectors;

import org.peersupport.checkins.CheckInSummary;

/**
 * A participant's moods as the page's chart reads them (epoch seconds and moods, each a
 * comma-separated list for a data attribute) and as its text summary says them.
 *
 * @param times the answers' times in epoch seconds, oldest first
 * @param moods the answers' moods, in the same order
 * @param count how many answers
 * @param average the average mood
 * @param last the last answer's mood
 */
record MoodSeries(String times, String moods, int count, double average, int last) {

	/** The series of these answers, or null for none. */
	static MoodSeries of(List<CheckInSummary.Mood> answers) {
		if (answers.isEmpty()) {
			return null;
		}
		String times = answers.stream()
			.map((answer) -> Long.toString(answer.at().getEpochSecond()))
			.collect(Collectors.joining(","));
		String moods = answers.stream()
			.map((answer) -> Integer.toString(answer.mood()))
			.collect(Collectors.joining(","));
		double average = answers.stream().mapToInt(CheckInSummary.Mood::mood).average().orElse(0);
		return new MoodSeries(times, moods, answers.size(), average, answers.get(answers.size() - 1).mood());
	}

}
