package org.peersupport.checkins;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.peersupport.leases.ItemLeases;
import org.peersupport.participants.Participant;
import org.peersupport.participants.Programme;
import org.peersupport.participants.Programmes;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The stored check-in schedules and the arithmetic of their next prompt.
 */
public class Schedules {

	/** Far longer than moving one schedule. */
	private static final Duration MOVE = Duration.ofMinutes(2);

	private final MongoOperations mongo;

	private final Programmes programmes;

	private final CheckInsProperties properties;

	private final CheckInPlans plans;

	private final ItemLeases leases;

	Schedules(MongoOperations mongo, Programmes programmes, CheckInsProperties properties, CheckInPlans plans,
			ItemLeases leases) {
		this.mongo = mongo;
		this.programmes = programmes;
		this.properties = properties;
		this.plans = plans;
		this.leases = leases;
	}

	/**
	 * Starts the schedule of a participant who finished onboarding at {@code at}; a
	 * second call changes nothing.
	 * @return whether it was started now
	 */
	boolean start(Participant participant, Instant at) {
		Programme programme = this.programmes.findOrFirst(participant.programme());
		ZoneId zone = zoneOf(participant, programme);
		LocalDate anchor = releaseDate(participant, programme).orElse(LocalDate.ofInstant(at, zone));
		CheckInSchedule schedule = new CheckInSchedule(participant.chatId(), programme.key(), zone.getId(),
				this.properties.time().toString(), anchor, null, null, false, 0, 0, null, false,
				CheckInSchedule.SCHEMA_VERSION, 0, List.of());
		try {
			this.mongo.insert(schedule.withNextRunAt(nextRunAt(schedule, at)));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	Optional<CheckInSchedule> find(long chatId) {
		return Optional.ofNullable(this.mongo.findById(chatId, CheckInSchedule.class));
	}

	/** The prompt due after {@code after}, or null: none while stopped or blocked. */
	Instant nextRunAt(CheckInSchedule schedule, Instant after) {
		if (schedule.stopped() || schedule.blocked()) {
			return null;
		}
		Instant from = (schedule.pausedUntil() != null && schedule.pausedUntil().isAfter(after))
				? schedule.pausedUntil().minusMillis(1) : after;
		return cadence(schedule).nextAfter(from);
	}

	Cadence cadence(CheckInSchedule schedule) {
		LocalTime time = this.properties.outsideQuietHours(schedule.localTime());
		return new Cadence(this.plans.phasesOf(schedule.programme()), schedule.anchor(), time, schedule.zoneId());
	}

	/**
	 * Pauses the person's check-ins until {@code until}.
	 * @return the schedule as changed, if the person has one
	 */
	Optional<CheckInSchedule> pause(long chatId, Instant until, Instant now) {
		return change(chatId, now, new Update().set("pausedUntil", until).set("stopped", false));
	}

	/** Stops the person's check-ins until they start them again. */
	Optional<CheckInSchedule> stop(long chatId, Instant now) {
		return change(chatId, now, new Update().set("stopped", true).unset("pausedUntil"));
	}

	/** Starts stopped or paused check-ins again. */
	Optional<CheckInSchedule> resume(long chatId, Instant now) {
		return change(chatId, now, new Update().set("stopped", false).unset("pausedUntil").set("unanswered", 0));
	}

	/** Moves the person's check-ins to another time of day. */
	Optional<CheckInSchedule> changeTime(long chatId, LocalTime time, Instant now) {
		return change(chatId, now, new Update().set("time", time.toString()));
	}

	/**
	 * Applies a change the person asked for and sets the next prompt from it. A run of
	 * the job that claimed the schedule meanwhile may set an older next time; the job
	 * checks the pause and the stop again before it sends.
	 */
	private Optional<CheckInSchedule> change(long chatId, Instant now, Update update) {
		return change(Query.query(Criteria.where("_id").is(chatId)), now, update);
	}

	private Optional<CheckInSchedule> change(Query query, Instant now, Update update) {
		CheckInSchedule changed = this.mongo.findAndModify(query, update,
				FindAndModifyOptions.options().returnNew(true), CheckInSchedule.class);
		if (changed == null) {
			return Optional.empty();
		}
		Instant next = nextRunAt(changed, now);
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(changed.chatId())),
				new Update().set("nextRunAt", next), CheckInSchedule.class);
		return Optional.of(changed.withNextRunAt(next));
	}

	/**
	 * The person blocked the bot: no prompt until they write again, and nothing counted
	 * as unanswered meanwhile. A run of the job that held the schedule may set a next
	 * time; it checks the block again before it sends.
	 */
	void block(long chatId) {
		// no write when it is held already (every dropped send to the chat comes here)
		Criteria notHeld = new Criteria().orOperator(Criteria.where("blocked").ne(true),
				Criteria.where("nextRunAt").ne(null));
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(chatId)).addCriteria(notHeld),
				new Update().set("blocked", true).set("nextRunAt", null), CheckInSchedule.class);
	}

	/**
	 * The person who blocked the bot wrote again: the prompts go on from now, and the
	 * count of unanswered ones starts again (the prompt the block stopped among them).
	 * @return the schedule as changed, if it was blocked
	 */
	Optional<CheckInSchedule> unblock(long chatId, Instant now) {
		return change(Query.query(Criteria.where("_id").is(chatId).and("blocked").is(true)), now,
				new Update().set("blocked", false).set("unanswered", 0));
	}

	/** The person answered a prompt: none is unanswered any more. */
	void answered(long chatId) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(chatId)), new Update().set("unanswered", 0),
				CheckInSchedule.class);
	}

	/**
	 * Sets the next prompt of the programme's schedules from its cadence as it now
	 * stands. A schedule already due is left to the job (which sets its next prompt from
	 * the new cadence), and so is one the job holds at this moment; stopped and blocked
	 * ones have none. Each is claimed through the lease helper before it moves, so a run
	 * of the job never sees it half moved, and running this twice moves nothing the
	 * second time.
	 * @return how many schedules were moved
	 */
	int reschedule(String programme, Instant now) {
		Criteria movable = new Criteria().andOperator(Criteria.where("programme").is(programme),
				Criteria.where("stopped").ne(true), Criteria.where("blocked").ne(true),
				new Criteria().orOperator(Criteria.where("nextRunAt").is(null), Criteria.where("nextRunAt").gt(now)));
		int moved = 0;
		for (long chatId : idsOf(Query.query(movable), CheckInSchedule.class)) {
			Criteria one = new Criteria().andOperator(Criteria.where("_id").is(chatId), movable);
			Optional<CheckInSchedule> claimed = this.leases.claimNext(CheckInSchedule.class, one, MOVE);
			if (claimed.isPresent() && this.leases.complete(CheckInSchedule.class, chatId,
					new Update().set("nextRunAt", nextRunAt(claimed.get(), now)))) {
				moved++;
			}
		}
		return moved;
	}

	/** Removes the person's schedule; safe to run twice. */
	void erase(long chatId) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(chatId)), CheckInSchedule.class);
	}

	/** Schedules due at or before {@code now}. */
	static Criteria due(Instant now) {
		return Criteria.where("nextRunAt").lte(now);
	}

	/**
	 * Starts the schedules of onboarded participants who have none (onboarded before
	 * check-ins existed, or the process stopped between their onboarding and its start).
	 * @return how many were started
	 */
	int startMissing(Instant now) {
		// Ids first, in two reads, so that a start with everyone scheduled reads no
		// participant and asks nothing per person.
		Set<Long> scheduled = new HashSet<>(idsOf(new Query(), CheckInSchedule.class));
		List<Long> missing = idsOf(Query.query(Criteria.where("onboardedAt").ne(null)), Participant.class).stream()
			.filter((chatId) -> !scheduled.contains(chatId))
			.toList();
		if (missing.isEmpty()) {
			return 0;
		}
		int started = 0;
		for (Participant participant : this.mongo.find(Query.query(Criteria.where("_id").in(missing)),
				Participant.class)) {
			if (start(participant, now)) {
				started++;
			}
		}
		return started;
	}

	private List<Long> idsOf(Query query, Class<?> type) {
		query.fields().include("_id");
		return this.mongo.find(query, Document.class, this.mongo.getCollectionName(type))
			.stream()
			.map((document) -> ((Number) document.get("_id")).longValue())
			.toList();
	}

	private static ZoneId zoneOf(Participant participant, Programme programme) {
		Object zone = participant.profile().get("timeZone");
		if (zone != null) {
			try {
				return ZoneId.of(zone.toString());
			}
			catch (DateTimeException ex) {
				// an answer from an older script: the programme's zone
			}
		}
		return programme.timeZone();
	}

	private static Optional<LocalDate> releaseDate(Participant participant, Programme programme) {
		Object value = participant.profile().get(Programme.RELEASE_DATE);
		if (value == null || !programme.asks().contains(Programme.RELEASE_DATE)) {
			return Optional.empty();
		}
		if (value instanceof LocalDate date) {
			return Optional.of(date);
		}
		try {
			return Optional.of(LocalDate.parse(value.toString()));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

}
