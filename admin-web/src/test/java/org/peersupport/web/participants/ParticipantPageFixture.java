package org.peersupport.web.participants;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.peersupport.groups.GroupPlace;
import org.peersupport.groups.GroupStatus;
import org.peersupport.groups.GroupStep;
import org.peersupport.groups.PeerGroup;
import org.peersupport.groups.PlaceStatus;
import org.peersupport.participants.Participants;
import org.peersupport.requests.HelpRequest;
import org.peersupport.requests.RequestStatus;
import org.peersupport.requests.Urgency;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A participant with a known history for the participant page's tests: 10 check-in
 * prompts, 4 of them in the last 30 days; 3 answers, 2 of them to recent prompts; a group
 * they joined after waiting; two help requests. What they wrote (a word about a day, a
 * request's summary, their name in their answers) is marked to be looked for.
 */
public final class ParticipantPageFixture {

	static final String WORD = "SECRET-WORD-7k";

	static final String SUMMARY = "SECRET-SUMMARY-2m";

	static final String NAME = "REAL-NAME-9x";

	static final long GROUP = -1_007_700_001L;

	private final MongoTemplate mongo;

	private final Participants participants;

	public ParticipantPageFixture(MongoTemplate mongo, Participants participants) {
		this.mongo = mongo;
		this.participants = participants;
	}

	/**
	 * Seeds the participant and returns the times of their three answers, oldest first.
	 */
	public List<Instant> seed(long chatId, String programme, String pseudonym, Instant now) {
		clear(chatId);
		this.participants.recordConsent(chatId, "en", "onboarding@2", now.minus(Duration.ofDays(60)));
		this.participants.completeOnboarding(chatId, programme, Map.of("pseudonym", pseudonym, "name", NAME),
				now.minus(Duration.ofDays(59)));
		List<Instant> recent = new ArrayList<>();
		for (int day : new int[] { 25, 14, 7, 2 }) {
			recent.add(now.minus(Duration.ofDays(day)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
		}
		Instant old = now.minus(Duration.ofDays(45)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		this.mongo.getCollection("check_in_schedules")
			.insertOne(new Document("_id", chatId).append("programme", programme)
				.append("zone", "Europe/Warsaw")
				.append("time", "09:30")
				.append("nextRunAt", Date.from(now.plus(Duration.ofDays(1))))
				.append("stopped", false)
				.append("unanswered", 0)
				.append("skipped", 0)
				.append("blocked", false)
				.append("schemaVersion", 2)
				.append("prompts", 10)
				.append("recentPrompts", recent.stream().map(Date::from).toList()));
		List<Instant> answers = List.of(old.plusSeconds(600), recent.get(1).plusSeconds(300),
				recent.get(3).plusSeconds(120));
		mood(chatId, old, answers.get(0), 2, null);
		mood(chatId, recent.get(1), answers.get(1), 4, WORD);
		mood(chatId, recent.get(3), answers.get(2), 5, null);

		this.mongo.save(new PeerGroup(GROUP, GroupStatus.ACTIVE, "Tuesday circle", programme, "en", 10, "Be kind.",
				List.of(), null, now, now, "admin", PeerGroup.SCHEMA_VERSION));
		Instant waited = now.minus(Duration.ofDays(59));
		Instant placed = now.minus(Duration.ofDays(50));
		this.mongo.insert(new GroupPlace(GROUP + ":0", chatId, GROUP, 0, PlaceStatus.MEMBER, "tok" + chatId, placed,
				placed.plusSeconds(3600), placed.plusSeconds(7200), GroupPlace.SCHEMA_VERSION));
		step(chatId, "w", null, GroupStep.Kind.WAITING, waited);
		step(chatId, "p", GROUP, GroupStep.Kind.PLACED, placed);
		step(chatId, "a", GROUP, GroupStep.Kind.AGREED, placed.plusSeconds(3600));
		step(chatId, "j", GROUP, GroupStep.Kind.JOINED, placed.plusSeconds(7200));

		request(chatId, 770_001L, programme, RequestStatus.OPEN, now.minus(Duration.ofDays(3)));
		request(chatId, 770_002L, programme, RequestStatus.RESOLVED, now.minus(Duration.ofDays(20)));
		return answers;
	}

	public void clear(long chatId) {
		Query byChat = Query.query(Criteria.where("chatId").is(chatId));
		this.mongo.getCollection("check_in_schedules").deleteMany(new Document("_id", chatId));
		this.mongo.getCollection("mood_points").deleteMany(new Document("chatId", chatId));
		this.mongo.remove(byChat, GroupPlace.class);
		this.mongo.remove(byChat, GroupStep.class);
		this.mongo.remove(byChat, HelpRequest.class);
		this.mongo.remove(Query.query(Criteria.where("_id").is(GROUP)), PeerGroup.class);
	}

	private void mood(long chatId, Instant occurrence, Instant at, int mood, String word) {
		this.mongo.getCollection("mood_points")
			.insertOne(new Document("_id", chatId + ":" + occurrence.getEpochSecond()).append("chatId", chatId)
				.append("occurrence", Date.from(occurrence))
				.append("at", Date.from(at))
				.append("mood", mood)
				.append("word", word)
				.append("schemaVersion", 1));
	}

	private void step(long chatId, String id, Long group, GroupStep.Kind kind, Instant at) {
		this.mongo.insert(new GroupStep("tok" + chatId + ":" + id, chatId, group, kind, at, GroupStep.SCHEMA_VERSION));
	}

	private void request(long chatId, long number, String programme, RequestStatus status, Instant at) {
		boolean closed = status == RequestStatus.RESOLVED;
		this.mongo.insert(new HelpRequest("R-page-" + number, number, chatId, programme, "talk", Urgency.TODAY, SUMMARY,
				"REGION-SECRET", "en", status, at, closed ? at.plus(Duration.ofDays(2)) : null, List.of(), 0, null,
				null, null, null, null, null, null, List.of(), null, false, null, null, null, null, null, null,
				HelpRequest.SCHEMA_VERSION));
	}

}
