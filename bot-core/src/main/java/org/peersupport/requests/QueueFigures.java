package org.peersupport.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The numbers the panel's dashboard shows about the queue: the requests nobody has taken
 * by how long they have waited and by category, the longest wait, and the median time
 * from a request to its first claim over a recent window. Each figure is one query in
 * MongoDB, whatever the number of requests.
 */
public class QueueFigures {

	/** The window the median time to claim is taken over. */
	public static final Duration CLAIM_WINDOW = Duration.ofDays(30);

	private final MongoOperations mongo;

	private final Clock clock;

	QueueFigures(MongoOperations mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * The figures for these programmes.
	 * @param programmes the viewer's programmes, or null for all
	 */
	public Figures of(Collection<String> programmes) {
		Instant now = this.clock.instant();
		Figures waiting = waiting(programmes, now);
		List<Duration> claims = claimTimes(programmes, now.minus(CLAIM_WINDOW));
		return new Figures(waiting.byWait(), waiting.byCategory(), waiting.oldestNumber(), waiting.oldestWait(),
				median(claims), claims.size());
	}

	/**
	 * The requests nobody has taken, grouped in MongoDB by category and wait band, with
	 * the oldest of each group.
	 */
	private Figures waiting(Collection<String> programmes, Instant now) {
		Document match = new Document("status", RequestStatus.OPEN.name());
		if (programmes != null) {
			match.append("programme", new Document("$in", List.copyOf(programmes)));
		}
		List<Document> pipeline = List.of(new Document("$match", match),
				new Document("$addFields", new Document("band", band(now))),
				new Document("$sort", new Document("createdAt", 1).append("number", 1)),
				new Document("$group",
						new Document("_id", new Document("category", "$category").append("band", "$band"))
							.append("count", new Document("$sum", 1))
							.append("oldestAt", new Document("$first", "$createdAt"))
							.append("oldestNumber", new Document("$first", "$number"))));
		Map<WaitBand, Long> byWait = new EnumMap<>(WaitBand.class);
		for (WaitBand band : WaitBand.values()) {
			byWait.put(band, 0L);
		}
		Map<String, Long> byCategory = new LinkedHashMap<>();
		Instant oldestAt = null;
		Long oldestNumber = null;
		for (Document group : this.mongo.getCollection(this.mongo.getCollectionName(HelpRequest.class))
			.aggregate(pipeline)) {
			Document key = group.get("_id", Document.class);
			long count = ((Number) group.get("count")).longValue();
			byWait.merge(WaitBand.valueOf(key.getString("band")), count, Long::sum);
			byCategory.merge(String.valueOf(key.get("category")), count, Long::sum);
			Instant at = group.getDate("oldestAt").toInstant();
			long number = ((Number) group.get("oldestNumber")).longValue();
			if (oldestAt == null || at.isBefore(oldestAt) || (at.equals(oldestAt) && number < oldestNumber)) {
				oldestAt = at;
				oldestNumber = number;
			}
		}
		return new Figures(byWait, byCategory, oldestNumber,
				(oldestAt != null) ? Duration.between(oldestAt, now) : null, null, 0);
	}

	/** The wait band of a request's {@code createdAt}, as an aggregation expression. */
	private static Object band(Instant now) {
		Object band = WaitBand.LONGER.name();
		WaitBand[] bands = WaitBand.values();
		for (int i = bands.length - 2; i >= 0; i--) {
			Date after = Date.from(bands[i].createdAfter(now));
			band = new Document("$cond",
					List.of(new Document("$gt", List.of("$createdAt", after)), bands[i].name(), band));
		}
		return band;
	}

	/**
	 * How long each request first taken since {@code since} waited for it: one query that
	 * reads three fields of each.
	 */
	private List<Duration> claimTimes(Collection<String> programmes, Instant since) {
		Criteria claimed = HelpRequests.claimedSince(since);
		if (programmes != null) {
			claimed = new Criteria().andOperator(claimed, Criteria.where("programme").in(programmes));
		}
		Query query = Query.query(claimed);
		query.fields().include("createdAt", "firstClaimedAt", "claimedAt");
		List<Duration> times = new ArrayList<>();
		for (Document request : this.mongo.find(query, Document.class,
				this.mongo.getCollectionName(HelpRequest.class))) {
			Date first = (request.getDate("firstClaimedAt") != null) ? request.getDate("firstClaimedAt")
					: request.getDate("claimedAt");
			times.add(Duration.between(request.getDate("createdAt").toInstant(), first.toInstant()));
		}
		return times;
	}

	/**
	 * The median of the durations (the mean of the middle two for an even count), or
	 * null.
	 */
	static Duration median(List<Duration> durations) {
		if (durations.isEmpty()) {
			return null;
		}
		List<Duration> sorted = durations.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle)
				: sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
	}

	/**
	 * The dashboard's figures about the queue.
	 *
	 * @param byWait how many requests nobody has taken, by how long they have waited
	 * (every band, zero included)
	 * @param byCategory the same by category key (only categories with one)
	 * @param oldestNumber the number of the request that has waited longest, or null
	 * @param oldestWait how long it has waited, or null when none waits
	 * @param medianToClaim the median time from a request to its first claim, of the
	 * requests first taken within {@link #CLAIM_WINDOW}, or null when there were none
	 * @param claimed how many requests that median is over
	 */
	public record Figures(Map<WaitBand, Long> byWait, Map<String, Long> byCategory, Long oldestNumber,
			Duration oldestWait, Duration medianToClaim, int claimed) {

		public Figures {
			byWait = Collections.unmodifiableMap(new EnumMap<>(byWait));
			byCategory = Collections.unmodifiableMap(new LinkedHashMap<>(byCategory));
		}

		/** How many requests nobody has taken. */
		public long waiting() {
			return this.byWait.values().stream().mapToLong(Long::longValue).sum();
		}

	}

}
