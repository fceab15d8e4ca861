package org.peersupport.checkins;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.peersupport.conversation.ZoneNames;
import org.peersupport.participants.PersonalData;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The check-in schedule and every answer in {@code /mydata}; erased with the person.
 */
class CheckInData implements PersonalData {

	private final Schedules schedules;

	private final MoodPoints moods;

	private final MongoOperations mongo;

	CheckInData(Schedules schedules, MoodPoints moods, MongoOperations mongo) {
		this.schedules = schedules;
		this.moods = moods;
		this.mongo = mongo;
	}

	@Override
	public List<String> describe(long chatId, String locale, boolean plain) {
		List<String> lines = new ArrayList<>();
		this.schedules.find(chatId)
			.ifPresent((schedule) -> lines.add(CheckInTexts.get("checkin.mydata.schedule", plain, locale,
					schedule.time(), ZoneNames.city(schedule.zone(), locale))));
		List<MoodPoint> points = this.moods.of(chatId);
		if (!points.isEmpty()) {
			DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
				.withLocale(Locale.forLanguageTag(locale));
			ZoneId zone = this.schedules.find(chatId).map(CheckInSchedule::zoneId).orElse(ZoneOffset.UTC);
			lines.add(CheckInTexts.get("checkin.mydata.answers", plain, locale));
			for (MoodPoint point : points) {
				String label = CheckInTexts.get("checkin.mood." + point.mood(), plain, locale);
				String when = day.format(point.at().atZone(zone));
				lines.add((point.word() != null) ? when + ": " + label + " — " + point.word() : when + ": " + label);
			}
		}
		return lines;
	}

	@Override
	public void erase(long chatId) {
		this.schedules.erase(chatId);
		this.moods.erase(chatId);
		this.mongo.remove(Query.query(Criteria.where("_id").is(chatId)), AwaitedWord.class);
	}

}
