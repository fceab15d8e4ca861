package org.peersupport.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.peersupport.participants.Participant;
import org.peersupport.participants.ParticipantStatus;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;

import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Onboarded participants, approved volunteers and their finished conversations, stored
 * through the bot's own {@link MongoOperations} as the bot stores them, for benchmarks
 * that need a store the size of an NGO's. The texts are made up and carry no one's data.
 */
final class People {

	static final String PROGRAMME = "women-after-prison";

	private static final int BATCH = 1_000;

	private People() {
	}

	/** Stores onboarded participants with chat ids {@code first … first + count - 1}. */
	static void participants(MongoOperations mongo, long first, int count, Instant at) {
		for (long from = first; from < first + count; from += BATCH) {
			long to = Math.min(first + count, from + BATCH);
			List<Participant> participants = new ArrayList<>();
			List<Document> conversations = new ArrayList<>();
			for (long chat = from; chat < to; chat++) {
				participants.add(participant(chat, at));
				conversations.add(conversation(chat, Participant.class.getSimpleName(), at));
			}
			mongo.insert(participants, Participant.class);
			mongo.getCollection("conversations").insertMany(conversations);
		}
	}

	/** Stores approved volunteers with chat ids {@code first … first + count - 1}. */
	static void volunteers(MongoOperations mongo, long first, int count, Instant at) {
		for (long from = first; from < first + count; from += BATCH) {
			long to = Math.min(first + count, from + BATCH);
			List<Volunteer> volunteers = new ArrayList<>();
			List<Document> conversations = new ArrayList<>();
			for (long chat = from; chat < to; chat++) {
				volunteers.add(volunteer(chat, at));
				conversations.add(conversation(chat, Volunteer.class.getSimpleName(), at));
			}
			mongo.insert(volunteers, Volunteer.class);
			mongo.getCollection("conversations").insertMany(conversations);
		}
	}

	/** A participant who finished onboarding and waits for a group. */
	static Participant participant(long chat, Instant at) {
		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("pseudonym", "Heron " + chat);
		profile.put("releaseDate", "14.03.2025");
		profile.put("needs", List.of("work", "housing"));
		profile.put("city", "Moscow");
		return new Participant(chat, "en", PROGRAMME, profile, ParticipantStatus.WAITING_FOR_GROUP, "onboarding@3",
				at.minusSeconds(300), at, Participant.SCHEMA_VERSION);
	}

	/** A volunteer a moderator approved. */
	static Volunteer volunteer(long chat, Instant at) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("name", "Volunteer " + chat);
		details.put("contact", "+7 900 000 " + (chat % 10_000));
		details.put("skills", List.of("listening", "jobs"));
		details.put("hours", "Evenings, two hours a week");
		return new Volunteer("V" + chat + "-00000001", chat, "en", PROGRAMME, details, VolunteerStatus.APPROVED,
				"volunteer-signup@3", at.minusSeconds(600), at.minusSeconds(300), "Met in person", at,
				Volunteer.SCHEMA_VERSION);
	}

	/**
	 * A finished script conversation, as {@code conversation.Conversation} stores one
	 * (that class keeps its constructor to its package).
	 */
	static Document conversation(long chat, String kind, Instant at) {
		boolean participant = Participant.class.getSimpleName().equals(kind);
		Document fields = new Document("programme", PROGRAMME).append("locale", "en");
		if (participant) {
			fields.append("releaseDate", "14.03.2025")
				.append("needs", List.of("work", "housing"))
				.append("pseudonym", "Heron " + chat);
		}
		else {
			fields.append("name", "Volunteer " + chat)
				.append("skills", List.of("listening", "jobs"))
				.append("hours", "Evenings, two hours a week");
		}
		Date when = Date.from(at);
		return new Document("_id", chat).append("run", 1)
			.append("scriptId", participant ? "onboarding" : "volunteer-signup")
			.append("scriptVersion", 3)
			.append("stepId", "done")
			.append("locale", "en")
			.append("fields", fields)
			.append("selection", List.of())
			.append("rejections", 0)
			.append("status", "FINISHED")
			.append("consentVersion", (participant ? "onboarding" : "volunteer-signup") + "@3")
			.append("consentedAt", when)
			.append("lastUpdateId", 0L)
			.append("lastReceipt", "u" + chat + "-00000009")
			.append("startedAt", when)
			.append("lastActivityAt", when)
			.append("version", 9L)
			.append("schemaVersion", 2)
			.append("_class", "org.peersupport.conversation.Conversation");
	}

}
