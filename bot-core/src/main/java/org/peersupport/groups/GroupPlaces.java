package org.peersupport.groups;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The groups' places and the waiting list. A place is taken by inserting it under its
 * group and number (unique), so concurrent placements on any number of instances never
 * put two people in one place, and never one person in two (unique chat id).
 */
public class GroupPlaces {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MongoOperations mongo;

	public GroupPlaces(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/** The place the person holds, if any. */
	public Optional<GroupPlace> ofPerson(long chatId) {
		return Optional.ofNullable(this.mongo.findOne(byPerson(chatId), GroupPlace.class));
	}

	/** The places of a group, by number. */
	public List<GroupPlace> inGroup(long groupChatId) {
		return this.mongo.find(Query.query(Criteria.where("groupChatId").is(groupChatId)).with(Sort.by("seat")),
				GroupPlace.class);
	}

	/** How many places of the group are held. */
	public long taken(long groupChatId) {
		return this.mongo.count(Query.query(Criteria.where("groupChatId").is(groupChatId)), GroupPlace.class);
	}

	/** How many people the bot let into the group (holding a place there). */
	public long members(long groupChatId) {
		return this.mongo.count(
				Query.query(Criteria.where("groupChatId").is(groupChatId).and("status").is(PlaceStatus.MEMBER)),
				GroupPlace.class);
	}

	/**
	 * Takes a free place of the group for the person, unless they hold one already.
	 * @return the place the person holds after (perhaps in another group), or empty if
	 * the group has no free place
	 */
	Optional<GroupPlace> take(PeerGroup group, long chatId, Instant now) {
		Optional<GroupPlace> held = ofPerson(chatId);
		if (held.isPresent()) {
			return held;
		}
		Set<Integer> seats = inGroup(group.chatId()).stream().map(GroupPlace::seat).collect(Collectors.toSet());
		if (seats.size() >= group.capacity()) {
			return Optional.empty();
		}
		for (int seat = 0; seat < group.capacity(); seat++) {
			if (seats.contains(seat)) {
				continue;
			}
			GroupPlace place = new GroupPlace(GroupPlace.idOf(group.chatId(), seat), chatId, group.chatId(), seat,
					PlaceStatus.OFFERED, newToken(), now, null, null, GroupPlace.SCHEMA_VERSION);
			try {
				GroupPlace taken = this.mongo.insert(place);
				step(taken, GroupStep.Kind.PLACED, now);
				return Optional.of(taken);
			}
			catch (DuplicateKeyException ex) {
				// the place went to someone else just now, or the person took one
				held = ofPerson(chatId);
				if (held.isPresent()) {
					return held;
				}
			}
		}
		return Optional.empty();
	}

	/** Offered to agreed, for the placement named by the token; false otherwise. */
	boolean agree(long chatId, String token, Instant now) {
		GroupPlace agreed = this.mongo.findAndModify(
				byPerson(chatId).addCriteria(Criteria.where("token").is(token).and("status").is(PlaceStatus.OFFERED)),
				new Update().set("status", PlaceStatus.AGREED).set("agreedAt", now), GroupPlace.class);
		if (agreed == null) {
			return false;
		}
		step(agreed, GroupStep.Kind.AGREED, now);
		return true;
	}

	/** Agreed to member; false otherwise (already a member, say). */
	boolean joined(long chatId, long groupChatId, Instant now) {
		GroupPlace joined = this.mongo.findAndModify(
				byPerson(chatId)
					.addCriteria(Criteria.where("groupChatId").is(groupChatId).and("status").is(PlaceStatus.AGREED)),
				new Update().set("status", PlaceStatus.MEMBER).set("joinedAt", now), GroupPlace.class);
		if (joined == null) {
			return false;
		}
		step(joined, GroupStep.Kind.JOINED, now);
		return true;
	}

	/**
	 * Frees the person's place, the step kept first (so a stop between keeps it and frees
	 * the place when run again); the place as it was, if they held one.
	 * @param why {@link GroupStep.Kind#LEFT} or {@link GroupStep.Kind#BANNED}
	 */
	Optional<GroupPlace> free(long chatId, GroupStep.Kind why, Instant now) {
		ofPerson(chatId).ifPresent((place) -> step(place, why, now));
		return Optional.ofNullable(this.mongo.findAndRemove(byPerson(chatId), GroupPlace.class));
	}

	/** The person's steps through the groups, oldest first. */
	public List<GroupStep> history(long chatId) {
		return this.mongo.find(Query.query(Criteria.where("chatId").is(chatId)).with(Sort.by("at", "_id")),
				GroupStep.class);
	}

	/**
	 * The person's place in the queue for a group of their programme and language, 1 for
	 * the first, if they wait.
	 */
	public Optional<Long> waitingPosition(long chatId) {
		return waiting(chatId).map(this::positionOf);
	}

	private void step(GroupPlace place, GroupStep.Kind kind, Instant at) {
		keep(new GroupStep(place.token() + ":" + kind, place.chatId(), place.groupChatId(), kind, at,
				GroupStep.SCHEMA_VERSION));
	}

	private void keep(GroupStep step) {
		try {
			this.mongo.insert(step);
		}
		catch (DuplicateKeyException ex) {
			// kept when this work ran before
		}
	}

	/**
	 * The group moved to a new chat id: its places move with it (their ids keep the old
	 * one; a place's number is what counts), and so do its members' steps. Safe to run
	 * twice.
	 */
	void migrate(long fromChatId, long toChatId) {
		this.mongo.updateMulti(Query.query(Criteria.where("groupChatId").is(fromChatId)),
				new Update().set("groupChatId", toChatId), GroupPlace.class);
		this.mongo.updateMulti(Query.query(Criteria.where("groupChatId").is(fromChatId)),
				new Update().set("groupChatId", toChatId), GroupStep.class);
	}

	/** Puts the person at the end of the waiting list, unless they are on it. */
	void await(long chatId, String programme, String language, Instant now) {
		WaitingPerson waiting = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(chatId)),
				new Update().setOnInsert("programme", programme)
					.setOnInsert("language", language)
					.setOnInsert("since", now)
					.setOnInsert("schemaVersion", WaitingPerson.SCHEMA_VERSION),
				FindAndModifyOptions.options().upsert(true).returnNew(true), WaitingPerson.class);
		if (waiting != null) {
			keep(new GroupStep(chatId + ":WAITING:" + waiting.since().toEpochMilli(), chatId, null,
					GroupStep.Kind.WAITING, waiting.since(), GroupStep.SCHEMA_VERSION));
		}
	}

	/** Takes the person off the waiting list. */
	void stopWaiting(long chatId) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(chatId)), WaitingPerson.class);
	}

	/** The person's entry on the waiting list, if any. */
	public Optional<WaitingPerson> waiting(long chatId) {
		return Optional.ofNullable(this.mongo.findById(chatId, WaitingPerson.class));
	}

	/** Who waits for a group of this programme and language, longest waiting first. */
	public List<WaitingPerson> waitingFor(String programme, String language) {
		return this.mongo.find(Query.query(Criteria.where("programme").is(programme).and("language").is(language))
			.with(Sort.by("since", "_id")), WaitingPerson.class);
	}

	/** How many people wait for groups of these programmes (null: all). */
	public long countWaiting(Collection<String> programmes) {
		Query query = new Query();
		if (programmes != null) {
			query.addCriteria(Criteria.where("programme").in(programmes));
		}
		return this.mongo.count(query, WaitingPerson.class);
	}

	/** The person's place in the queue, 1 for the first. */
	long positionOf(WaitingPerson person) {
		return waitingFor(person.programme(), person.language()).stream()
			.takeWhile((w) -> w.chatId() != person.chatId())
			.count() + 1;
	}

	/** Removes everything kept about the person here; safe to run twice. */
	void erase(long chatId) {
		this.mongo.remove(byPerson(chatId), GroupPlace.class);
		stopWaiting(chatId);
		this.mongo.remove(byPerson(chatId), GroupStep.class);
	}

	private static Query byPerson(long chatId) {
		return Query.query(Criteria.where("chatId").is(chatId));
	}

	private static String newToken() {
		byte[] bytes = new byte[6];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
