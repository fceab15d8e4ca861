package org.peersupport.requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Stored help requests. A request is made once per update that asks for it, and every
 * change of its status is conditional on the status it had.
 */
public class HelpRequests {

	/** The counter document that hands out request numbers. */
	static final String NUMBERS = "help_request_numbers";

	private final MongoOperations mongo;

	public HelpRequests(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * Stores a new request under {@code id}, giving it the next number; a request already
	 * stored under that id (the same update handled again) is returned as it is.
	 */
	public HelpRequest create(String id, long chatId, String programme, String category, Urgency urgency,
			String summary, String region, String locale, boolean crisis, Instant at) {
		return create(id, chatId, programme, category, urgency, summary, region, null, null, locale, crisis, at);
	}

	/**
	 * Stores a new request as
	 * {@link #create(String, long, String, String, Urgency, String, String, String, boolean, Instant)}
	 * does, with the medicine and the amount a medicine request asks for.
	 */
	public HelpRequest create(String id, long chatId, String programme, String category, Urgency urgency,
			String summary, String region, String medicine, String amount, String locale, boolean crisis, Instant at) {
		HelpRequest existing = find(id).orElse(null);
		if (existing != null) {
			return existing;
		}
		HelpRequest request = new HelpRequest(id, nextNumber(), chatId, programme, category, urgency, summary, region,
				locale, RequestStatus.OPEN, at, null, List.of(), 0, at, null, null, null, null, null, null, null, null,
				crisis, null, null, null, medicine, amount, null, HelpRequest.SCHEMA_VERSION);
		try {
			this.mongo.insert(request);
			return request;
		}
		catch (DuplicateKeyException ex) {
			return find(id).orElseThrow(() -> ex);
		}
	}

	private long nextNumber() {
		Document counter = this.mongo.findAndModify(Query.query(Criteria.where("_id").is("help_requests")),
				new Update().inc("next", 1L), FindAndModifyOptions.options().upsert(true).returnNew(true),
				Document.class, NUMBERS);
		return ((Number) counter.get("next")).longValue();
	}

	public Optional<HelpRequest> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, HelpRequest.class));
	}

	/** The request with this number. */
	public Optional<HelpRequest> byNumber(long number) {
		return Optional
			.ofNullable(this.mongo.findOne(Query.query(Criteria.where("number").is(number)), HelpRequest.class));
	}

	/** A participant's requests, newest first. */
	public List<HelpRequest> ofChat(long chatId) {
		return this.mongo.find(
				Query.query(Criteria.where("chatId").is(chatId)).with(Sort.by(Sort.Direction.DESC, "createdAt")),
				HelpRequest.class);
	}

	/** A participant's open or claimed requests, oldest first. */
	public List<HelpRequest> activeOf(long chatId) {
		return this.mongo.find(Query
			.query(Criteria.where("chatId").is(chatId).and("status").in(RequestStatus.OPEN, RequestStatus.CLAIMED))
			.with(Sort.by("createdAt")), HelpRequest.class);
	}

	/**
	 * Cancels a participant's request that is still open or claimed.
	 * @return whether it was theirs and active, and is now cancelled
	 */
	public boolean cancel(long number, long chatId, Instant at) {
		return this.mongo
			.updateFirst(
					Query.query(Criteria.where("number")
						.is(number)
						.and("chatId")
						.is(chatId)
						.and("status")
						.in(RequestStatus.OPEN, RequestStatus.CLAIMED)),
					new Update().set("status", RequestStatus.CANCELLED).set("closedAt", at).unset("nextWaveAt"),
					HelpRequest.class)
			.getModifiedCount() == 1;
	}

	/**
	 * The order due requests are offered in: a participant in crisis first, then the
	 * oldest.
	 */
	static final Sort OFFER_ORDER = Sort.by(Sort.Direction.DESC, "crisis").and(Sort.by("createdAt"));

	/** The open requests whose next wave of offers is due, as a lease query. */
	static Criteria waveDue(Instant now) {
		return Criteria.where("status").is(RequestStatus.OPEN).and("nextWaveAt").lte(now);
	}

	/** The same, for one request. */
	static Criteria waveDue(String id, Instant now) {
		return Criteria.where("_id").is(id).and("status").is(RequestStatus.OPEN).and("nextWaveAt").lte(now);
	}

	/** Records an offer, once per volunteer. */
	void addOffer(String id, HelpRequest.Offer offer) {
		this.mongo.updateFirst(
				Query.query(Criteria.where("_id").is(id).and("offers.volunteerId").ne(offer.volunteerId())),
				new Update().push("offers", offer), HelpRequest.class);
	}

	/**
	 * Gives an open request offered to this volunteer's chat to them; of any number of
	 * presses at once, on any number of instances, one wins.
	 * @return whether this call took it
	 */
	boolean claim(String id, String volunteerId, long volunteerChat, Instant at, Instant silentDueAt) {
		Query open = Query.query(Criteria.where("_id")
			.is(id)
			.and("status")
			.is(RequestStatus.OPEN)
			.and("offers")
			.elemMatch(Criteria.where("chatId").is(volunteerChat)));
		HelpRequest taken = this.mongo.findAndModify(open,
				new Update().set("status", RequestStatus.CLAIMED)
					.set("claimedBy", volunteerId)
					.set("claimedChat", volunteerChat)
					.set("claimedAt", at)
					.min("firstClaimedAt", at)
					.set("silentDueAt", silentDueAt)
					.unset("remindedAt")
					.unset("nextWaveAt"),
				HelpRequest.class);
		return taken != null;
	}

	/**
	 * Gives a claimed request back from the volunteer of this chat: it is open again, and
	 * offered anew from the first wave to everyone but them.
	 * @return whether it was theirs and claimed, and is now open
	 */
	boolean release(long number, long volunteerChat, String reason, Instant at) {
		HelpRequest request = byNumber(number).orElse(null);
		if (request == null || request.status() != RequestStatus.CLAIMED || request.claimedChat() == null
				|| request.claimedChat() != volunteerChat) {
			return false;
		}
		Query claimed = Query.query(Criteria.where("_id")
			.is(request.id())
			.and("status")
			.is(RequestStatus.CLAIMED)
			.and("claimedChat")
			.is(volunteerChat));
		Update open = new Update().set("status", RequestStatus.OPEN)
			.unset("claimedBy")
			.unset("claimedChat")
			.unset("claimedAt")
			.set("wave", 0)
			.set("nextWaveAt", at)
			.set("offers", request.offers().stream().filter((offer) -> offer.chatId() == volunteerChat).toList())
			.push("history", new HelpRequest.Move(HelpRequest.Move.RELEASED, request.claimedBy(), reason, at));
		return this.mongo.updateFirst(claimed, open, HelpRequest.class).getModifiedCount() == 1;
	}

	/**
	 * Gives an active request to a volunteer chosen by staff, if it is still as
	 * {@code seen} (status and volunteer).
	 * @return whether this call gave it
	 */
	boolean assign(HelpRequest seen, String volunteerId, long volunteerChat, String staff, Instant at,
			Instant silentDueAt) {
		Criteria same = Criteria.where("_id").is(seen.id()).and("status").is(seen.status());
		same = (seen.claimedBy() != null) ? same.and("claimedBy").is(seen.claimedBy())
				: same.and("claimedBy").exists(false);
		Update given = new Update().set("status", RequestStatus.CLAIMED)
			.set("claimedBy", volunteerId)
			.set("claimedChat", volunteerChat)
			.set("claimedAt", at)
			.min("firstClaimedAt", at)
			.set("silentDueAt", silentDueAt)
			.unset("remindedAt")
			.unset("nextWaveAt")
			.push("history", new HelpRequest.Move(HelpRequest.Move.REASSIGNED, volunteerId, staff, at));
		return this.mongo.updateFirst(Query.query(same), given, HelpRequest.class).getModifiedCount() == 1;
	}

	/**
	 * Ends the relay of a claimed request that staff stopped, if it is still as
	 * {@code seen} (claimed by the same volunteer): it is open again with no volunteer
	 * and no offers, and its first wave is due at once.
	 * @param kind the history's word for it ({@code blocked-participant},
	 * {@code blocked-volunteer})
	 * @return whether this call ended it
	 */
	boolean endRelay(HelpRequest seen, String kind, String staff, Instant at) {
		if (seen.claimedBy() == null) {
			return false;
		}
		Query claimed = Query.query(Criteria.where("_id")
			.is(seen.id())
			.and("status")
			.is(RequestStatus.CLAIMED)
			.and("claimedBy")
			.is(seen.claimedBy()));
		Update open = new Update().set("status", RequestStatus.OPEN)
			.unset("claimedBy")
			.unset("claimedChat")
			.unset("claimedAt")
			.unset("silentDueAt")
			.unset("remindedAt")
			.set("wave", 0)
			.set("nextWaveAt", at)
			.set("offers", List.of())
			.push("history", new HelpRequest.Move(kind, seen.claimedBy(), staff, at));
		return this.mongo.updateFirst(claimed, open, HelpRequest.class).getModifiedCount() == 1;
	}

	/**
	 * Closes an active request as resolved by staff, with how it ended.
	 * @param holder the volunteer who had it, or null
	 * @param staff who closed it (an internal id), kept in the request's history
	 * @return whether it was active and is now closed
	 */
	boolean close(String id, RequestOutcome outcome, String holder, String staff, Instant at) {
		return this.mongo.updateFirst(
				Query.query(Criteria.where("_id").is(id).and("status").in(RequestStatus.OPEN, RequestStatus.CLAIMED)),
				new Update().set("status", RequestStatus.RESOLVED)
					.set("closedAt", at)
					.set("outcome", outcome)
					.unset("nextWaveAt")
					.unset("silentDueAt")
					.push("history", new HelpRequest.Move(HelpRequest.Move.CLOSED, holder, staff, at)),
				HelpRequest.class)
			.getModifiedCount() == 1;
	}

	/**
	 * The requests of these programmes that match the search, a page at a time: a
	 * participant in crisis first, then the oldest; only closed ones are listed newest
	 * closed first.
	 * @param programmes the viewer's programmes, or null for all
	 */
	Page<HelpRequest> search(RequestSearch search, Collection<String> programmes, Instant now, Pageable pageable) {
		List<Criteria> all = new ArrayList<>();
		all.add(new Criteria().orOperator(search.stages().stream().map(HelpRequests::inStage).toList()));
		if (programmes != null) {
			all.add(Criteria.where("programme").in(programmes));
		}
		if (search.programme() != null) {
			all.add(Criteria.where("programme").is(search.programme()));
		}
		if (search.category() != null) {
			all.add(Criteria.where("category").is(search.category()));
		}
		if (search.urgency() != null) {
			all.add(Criteria.where("urgency").is(search.urgency()));
		}
		if (search.waited() != null) {
			all.add(search.waited().createdFor(now));
		}
		if (search.claimedWithin() != null) {
			all.add(claimedSince(now.minus(search.claimedWithin())));
		}
		Query query = Query.query(new Criteria().andOperator(all));
		long total = this.mongo.count(query, HelpRequest.class);
		Sort order = search.closedOnly() ? Sort.by(Sort.Direction.DESC, "closedAt", "number")
				: OFFER_ORDER.and(Sort.by("number"));
		List<HelpRequest> page = this.mongo.find(
				Query.of(query).with(order).skip(pageable.getOffset()).limit(pageable.getPageSize()),
				HelpRequest.class);
		return new PageImpl<>(page, pageable, total);
	}

	/**
	 * The requests a volunteer first took at or after {@code since} (for documents from
	 * before {@code firstClaimedAt}, the time their volunteer took them).
	 */
	static Criteria claimedSince(Instant since) {
		return new Criteria().orOperator(Criteria.where("firstClaimedAt").gte(since),
				Criteria.where("firstClaimedAt").is(null).and("claimedAt").gte(since));
	}

	/** The stored requests in a stage, as a query. */
	private static Criteria inStage(RequestStage stage) {
		return switch (stage) {
			case WAITING -> Criteria.where("status").is(RequestStatus.OPEN).and("moderatorsAt").is(null);
			case OFFERED_TO_ALL -> Criteria.where("status").is(RequestStatus.OPEN).and("moderatorsAt").ne(null);
			case CLAIMED -> Criteria.where("status").is(RequestStatus.CLAIMED).and("remindedAt").is(null);
			case SILENT -> Criteria.where("status").is(RequestStatus.CLAIMED).and("remindedAt").ne(null);
			case CLOSED -> Criteria.where("status").in(RequestStatus.RESOLVED, RequestStatus.CANCELLED);
		};
	}

	/** The requests the volunteer has taken and not closed, oldest taken first. */
	List<HelpRequest> claimedBy(String volunteerId) {
		return this.mongo
			.find(Query.query(Criteria.where("claimedBy").is(volunteerId).and("status").is(RequestStatus.CLAIMED))
				.with(Sort.by("claimedAt")), HelpRequest.class);
	}

	/**
	 * The volunteer who took the request wrote to the participant: the silence is counted
	 * again from now.
	 */
	void volunteerWrote(String id, Instant silentDueAt) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(RequestStatus.CLAIMED)),
				new Update().set("silentDueAt", silentDueAt).unset("remindedAt"), HelpRequest.class);
	}

	/**
	 * The claimed requests whose volunteer has been silent too long, as a lease query.
	 */
	static Criteria silenceDue(Instant now) {
		return Criteria.where("status").is(RequestStatus.CLAIMED).and("silentDueAt").lte(now);
	}

	/** How many requests the volunteer has taken and not closed. */
	long countClaimedBy(String volunteerId) {
		return this.mongo.count(
				Query.query(Criteria.where("claimedBy").is(volunteerId).and("status").is(RequestStatus.CLAIMED)),
				HelpRequest.class);
	}

	/** When the volunteer last took a request, or null. */
	Instant lastClaimBy(String volunteerId) {
		HelpRequest last = this.mongo.findOne(Query.query(Criteria.where("claimedBy").is(volunteerId))
			.with(Sort.by(Sort.Direction.DESC, "claimedAt"))
			.limit(1), HelpRequest.class);
		return (last != null) ? last.claimedAt() : null;
	}

	/**
	 * The claimed requests this chat talks in, as participant or as the volunteer who
	 * took them, the latest taken first.
	 */
	List<HelpRequest> relaysOf(long chatId) {
		return this.mongo.find(
				Query
					.query(new Criteria()
						.orOperator(Criteria.where("chatId").is(chatId), Criteria.where("claimedChat").is(chatId))
						.and("status")
						.is(RequestStatus.CLAIMED))
					.with(Sort.by(Sort.Direction.DESC, "claimedAt")),
				HelpRequest.class);
	}

	/**
	 * Counts a message the relay carried for a claimed request, once per update: the same
	 * update handled again is not counted again. Nothing of the message is kept.
	 */
	void relayed(String id, boolean fromParticipant, String receipt, Instant at) {
		String receiptField = fromParticipant ? "relay.participantReceipt" : "relay.volunteerReceipt";
		this.mongo.updateFirst(Query
			.query(Criteria.where("_id").is(id).and("status").is(RequestStatus.CLAIMED).and(receiptField).ne(receipt)),
				new Update().inc(fromParticipant ? "relay.fromParticipant" : "relay.fromVolunteer", 1L)
					.set(receiptField, receipt)
					.min("relay.firstAt", at)
					.max("relay.lastAt", at),
				HelpRequest.class);
	}

	/**
	 * The requests a volunteer has or had (took, was given, gave back or had when staff
	 * closed it) in these programmes, the newest first, at most {@code max}.
	 * @param programmes the viewer's programmes, or null for all
	 */
	List<HelpRequest> involving(String volunteerId, Collection<String> programmes, int max) {
		Criteria theirs = new Criteria().orOperator(Criteria.where("claimedBy").is(volunteerId),
				Criteria.where("history.volunteerId").is(volunteerId));
		if (programmes != null) {
			theirs = new Criteria().andOperator(theirs, Criteria.where("programme").in(programmes));
		}
		return this.mongo.find(Query.query(theirs).with(Sort.by(Sort.Direction.DESC, "createdAt", "number")).limit(max),
				HelpRequest.class);
	}

	/**
	 * Closes a claimed request as resolved.
	 * @return whether it was claimed and is now resolved
	 */
	boolean resolve(String id, Instant at) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(RequestStatus.CLAIMED)),
					new Update().set("status", RequestStatus.RESOLVED).set("closedAt", at), HelpRequest.class)
			.getModifiedCount() == 1;
	}

	/**
	 * Stores the participant's rating of a resolved request, once.
	 * @return whether this call stored it
	 */
	boolean rate(long number, long chatId, int rating) {
		return this.mongo.updateFirst(Query.query(Criteria.where("number")
			.is(number)
			.and("chatId")
			.is(chatId)
			.and("status")
			.is(RequestStatus.RESOLVED)
			.and("rating")
			.exists(false)), new Update().set("rating", rating), HelpRequest.class).getModifiedCount() == 1;
	}

	/**
	 * Keeps the word a participant left about the help on their resolved request, once.
	 */
	boolean keepFeedback(long number, long chatId, String word) {
		return this.mongo.updateFirst(Query.query(Criteria.where("number")
			.is(number)
			.and("chatId")
			.is(chatId)
			.and("status")
			.is(RequestStatus.RESOLVED)
			.and("feedback")
			.is(null)), new Update().set("feedback", word), HelpRequest.class).getModifiedCount() == 1;
	}

	/**
	 * Records how a resolved request ended, as the volunteer who had it says, once: false
	 * if it is not theirs, not resolved, or its outcome is already recorded.
	 */
	boolean recordOutcome(HelpRequest request, long volunteerChat, RequestOutcome outcome, Instant at) {
		Query theirs = Query.query(Criteria.where("_id")
			.is(request.id())
			.and("claimedChat")
			.is(volunteerChat)
			.and("status")
			.is(RequestStatus.RESOLVED)
			.and("outcome")
			.is(null));
		Update recorded = new Update().set("outcome", outcome)
			.push("history", new HelpRequest.Move(HelpRequest.Move.OUTCOME, request.claimedBy(), outcome.name(), at));
		return this.mongo.updateFirst(theirs, recorded, HelpRequest.class).getModifiedCount() == 1;
	}

	/**
	 * Gives back the requests a volunteer took and had not closed (the volunteer is
	 * erased): they are open again and offered anew; the volunteer's offers are dropped.
	 */
	void releaseVolunteer(long volunteerChat, Instant at) {
		this.mongo.updateMulti(
				Query.query(Criteria.where("claimedChat").is(volunteerChat).and("status").is(RequestStatus.CLAIMED)),
				new Update().set("status", RequestStatus.OPEN)
					.unset("claimedBy")
					.unset("claimedChat")
					.unset("claimedAt")
					.set("nextWaveAt", at),
				HelpRequest.class);
		this.mongo.updateMulti(Query.query(Criteria.where("claimedChat").is(volunteerChat)),
				new Update().unset("claimedChat"), HelpRequest.class);
		this.mongo.updateMulti(Query.query(Criteria.where("offers.chatId").is(volunteerChat)),
				new Update().pull("offers", new Document("chatId", volunteerChat)), HelpRequest.class);
	}

	/** Erases every request of a chat. */
	public long erase(long chatId) {
		this.mongo.remove(Query.query(Criteria.where("participantChat").is(chatId)), ReportedMessage.class);
		this.mongo.remove(Query.query(Criteria.where("chatId").is(chatId)), RelayBlock.class);
		this.mongo.remove(Query.query(Criteria.where("_id").is(chatId)), AwaitedFeedback.class);
		return this.mongo.remove(Query.query(Criteria.where("chatId").is(chatId)), HelpRequest.class).getDeletedCount();
	}

	/**
	 * Keeps a relayed message the volunteer reported; the same message reported again is
	 * kept once.
	 * @return whether it was new
	 */
	boolean report(HelpRequest request, long messageId, String text, Instant at) {
		try {
			this.mongo.insert(new ReportedMessage(request.number() + ":" + messageId, request.number(),
					request.chatId(), request.claimedBy(), text, at, ReportedMessage.SCHEMA_VERSION));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * How many messages were reported in each of the participant's requests, by number.
	 */
	Map<Long, Long> reportCounts(long participantChat) {
		return this.mongo
			.find(Query.query(Criteria.where("participantChat").is(participantChat)), ReportedMessage.class)
			.stream()
			.collect(Collectors.groupingBy(ReportedMessage::requestNumber, Collectors.counting()));
	}

	/** The messages reported in a request's relay, oldest first. */
	List<ReportedMessage> reportsOf(long number) {
		return this.mongo.find(Query.query(Criteria.where("requestNumber").is(number)).with(Sort.by("at")),
				ReportedMessage.class);
	}

}
