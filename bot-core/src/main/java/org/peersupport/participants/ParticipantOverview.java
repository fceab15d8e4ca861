package org.peersupport.participants;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.util.StringUtils;

/**
 * Participants as staff see them: where each stands (onboarding, waiting for a group,
 * waiting for a person from the team), filtered and a page at a time, without their
 * Telegram identity.
 */
public class ParticipantOverview {

	private final MongoOperations mongo;

	private final PersonRefs refs;

	private final WaitingForSomeone waiting;

	public ParticipantOverview(MongoOperations mongo, PersonRefs refs, WaitingForSomeone waiting) {
		this.mongo = mongo;
		this.refs = refs;
		this.waiting = waiting;
	}

	/**
	 * Participants of every programme (and of none) matching the search, those with us
	 * longest first, a page at a time.
	 */
	public Page<ParticipantSummary> search(ParticipantSearch search, Pageable pageable) {
		return search(search, null, pageable);
	}

	/**
	 * Participants of these programmes matching the search, those with us longest first,
	 * a page at a time; a participant without a programme never matches.
	 */
	public Page<ParticipantSummary> search(ParticipantSearch search, Collection<String> programmes, Pageable pageable) {
		Map<Long, Instant> waitingForSomeone = this.waiting.since();
		Query query = Query.query(criteria(search, programmes, waitingForSomeone.keySet()));
		long total = this.mongo.count(query, Participant.class);
		List<ParticipantSummary> items = this.mongo
			.find(Query.of(query)
				.with(Sort.by("consentedAt", "_id"))
				.skip(pageable.getOffset())
				.limit(pageable.getPageSize()), Participant.class)
			.stream()
			.map((participant) -> summary(participant, waitingForSomeone.get(participant.chatId())))
			.toList();
		return new PageImpl<>(items, pageable, total);
	}

	/** How many participants of every programme (and of none) stand there. */
	public long count(ParticipantStanding standing) {
		return count(standing, null);
	}

	/** How many participants of these programmes stand there. */
	public long count(ParticipantStanding standing, Collection<String> programmes) {
		Criteria criteria = criteria(new ParticipantSearch(standing, null), programmes, this.waiting.since().keySet());
		return this.mongo.count(Query.query(criteria), Participant.class);
	}

	/**
	 * The participant with this pseudonymous reference, if they are one and belong to one
	 * of these programmes (null: every programme, and none).
	 */
	public Optional<Participant> byRef(String ref, Collection<String> programmes) {
		return this.refs.chatOf(ref)
			.flatMap((chatId) -> Optional.ofNullable(this.mongo.findById(chatId, Participant.class)))
			.filter((participant) -> programmes == null
					|| (participant.programme() != null && programmes.contains(participant.programme())));
	}

	/** Where the participant stands, as the list shows it. */
	public ParticipantSummary summary(Participant participant) {
		return summary(participant, this.waiting.since().get(participant.chatId()));
	}

	private ParticipantSummary summary(Participant participant, Instant waitingForSomeoneSince) {
		// Made for every participant listed: staff open a participant's page by it.
		String ref = this.refs.of(participant.chatId());
		if (waitingForSomeoneSince != null) {
			return new ParticipantSummary(ref, participant.pseudonym(), participant.programme(),
					ParticipantStanding.NEEDS_PERSON, participant.onboardedAt(), waitingForSomeoneSince);
		}
		ParticipantStanding standing = ParticipantStanding.of(participant.status());
		Instant waitingSince = (standing == ParticipantStanding.WAITING_FOR_GROUP) ? participant.onboardedAt() : null;
		return new ParticipantSummary(ref, participant.pseudonym(), participant.programme(), standing,
				participant.onboardedAt(), waitingSince);
	}

	/**
	 * Waiting for a person comes before the stored status: such a participant matches
	 * {@link ParticipantStanding#NEEDS_PERSON} only.
	 */
	private static Criteria criteria(ParticipantSearch search, Collection<String> programmes,
			Set<Long> waitingForSomeone) {
		Criteria criteria = new Criteria();
		String programme = StringUtils.hasText(search.programme()) ? search.programme().strip() : null;
		if (programme != null && programmes != null && !programmes.contains(programme)) {
			criteria.and("programme").in(List.of());
		}
		else if (programme != null) {
			criteria.and("programme").is(programme);
		}
		else if (programmes != null) {
			criteria.and("programme").in(programmes);
		}
		if (search.standing() == null) {
			return criteria;
		}
		return switch (search.standing()) {
			case NEEDS_PERSON -> criteria.and("_id").in(waitingForSomeone);
			case ONBOARDING -> criteria.and("_id").nin(waitingForSomeone).and("status").is(ParticipantStatus.CONSENTED);
			case WAITING_FOR_GROUP ->
				criteria.and("_id").nin(waitingForSomeone).and("status").is(ParticipantStatus.WAITING_FOR_GROUP);
		};
	}

}
