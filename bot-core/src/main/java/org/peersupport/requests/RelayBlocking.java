package org.peersupport.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.Outgoing;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.Volunteers;

import org.springframework.context.ApplicationEventPublisher;

/**
 * What staff do when one side of a relay must stop: block the participant or the
 * volunteer of a claimed request, and lift that block. A block ends every relay the
 * person is in: each of those requests is open again with no volunteer. A blocked
 * volunteer is then offered, given and can take no request; a blocked participant's
 * requests are offered to no volunteer and wait for the team (who are alerted as for any
 * request nobody matches). The blocked person is told plainly, the other side of each
 * ended relay that the conversation ended and what happens next; a participant keeps
 * everything else of the bot, the answer to crisis words included.
 */
public class RelayBlocking {

	private final HelpRequests requests;

	private final RelayBlocks blocks;

	private final Volunteers volunteers;

	private final RequestOffers offers;

	private final Outbox outbox;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RelayBlocking(HelpRequests requests, RelayBlocks blocks, Volunteers volunteers, RequestOffers offers, Outbox outbox,
			ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.blocks = blocks;
		this.volunteers = volunteers;
		this.offers = offers;
		this.outbox = outbox;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A block as staff see it: never a chat id.
	 *
	 * @param side which side is blocked
	 * @param volunteerId the blocked volunteer's id, or null for the participant
	 * @param requestNumber the request it was set on
	 * @param staffId who set it (an internal id)
	 * @param at when
	 */
	public record Block(RelayBlock.Side side, String volunteerId, long requestNumber, String staffId, Instant at) {
	}

	/**
	 * The blocks that concern a request of the viewer's programmes: its participant's,
	 * its volunteer's, and those set on it; none for a request out of scope.
	 * @param programmes the viewer's programmes, or null for all
	 */
	public List<Block> blocksOf(long number, Collection<String> programmes) {
		HelpRequest request = find(number, programmes).orElse(null);
		if (request == null) {
			return List.of();
		}
		Map<String, RelayBlock> found = new LinkedHashMap<>();
		this.blocks.find(RelayBlock.participantId(request.chatId())).ifPresent((b) -> found.put(b.id(), b));
		if (request.claimedBy() != null) {
			this.blocks.find(RelayBlock.volunteerId(request.claimedBy())).ifPresent((b) -> found.put(b.id(), b));
		}
		this.blocks.setOn(number).forEach((b) -> found.putIfAbsent(b.id(), b));
		return found.values()
			.stream()
			.map((b) -> new Block(b.side(), b.volunteerId(), b.requestNumber(), b.staff(), b.at()))
			.toList();
	}

	/**
	 * Blocks one side of a claimed request of the staff member's programmes from the
	 * relay and ends every relay that person is in. Safe to repeat: a person already
	 * blocked keeps their first block, and a relay already ended is not ended twice.
	 * @param programmes the staff member's programmes, or null for all
	 * @param staff who did it (an internal id), kept with the block and in the history
	 * @return whether a block was set or a relay ended now
	 */
	public boolean block(long number, RelayBlock.Side side, Collection<String> programmes, String staff) {
		HelpRequest request = find(number, programmes)
			.filter((r) -> r.status() == RequestStatus.CLAIMED && r.claimedBy() != null && r.claimedChat() != null)
			.orElse(null);
		if (request == null || side == null) {
			return false;
		}
		Instant now = this.clock.instant();
		boolean participant = side == RelayBlock.Side.PARTICIPANT;
		String id = participant ? RelayBlock.participantId(request.chatId())
				: RelayBlock.volunteerId(request.claimedBy());
		boolean fresh = this.blocks.find(id).isEmpty();
		RelayBlock block = this.blocks.add(new RelayBlock(id, side,
				participant ? request.chatId() : request.claimedChat(), participant ? null : request.claimedBy(),
				request.programme(), number, staff, now, RelayBlock.SCHEMA_VERSION));
		List<HelpRequest> relays = participant ? this.requests.activeOf(request.chatId())
			.stream()
			.filter((r) -> r.status() == RequestStatus.CLAIMED)
			.toList() : this.requests.claimedBy(request.claimedBy());
		List<String> ended = new ArrayList<>();
		for (HelpRequest relay : relays) {
			if (endRelay(relay, participant, staff, now)) {
				ended.add(String.valueOf(relay.number()));
				tellOtherSide(relay, participant);
				// offered again at once (to nobody, for a blocked participant: the wave
				// finds no volunteer and the team is alerted)
				this.events.publishEvent(new RequestCreated(relay.id()));
			}
		}
		if (fresh) {
			tellBlocked(block, request, ended.isEmpty() ? List.of(String.valueOf(number)) : ended);
		}
		return fresh || !ended.isEmpty();
	}

	/**
	 * Ends a claim that a block overtook, as the block would have: the press was checked
	 * before staff stored the block, and its claim was stored after the block ended the
	 * person's relays, so the block missed it. Asked after every claim: whichever comes
	 * second, this check or the block's own look at the person's relays, sees the other.
	 * @param claimed the request as read after its claim
	 * @return the block that ended it, or empty if neither side is blocked
	 */
	Optional<RelayBlock> endIfBlocked(HelpRequest claimed) {
		Optional<RelayBlock> found = this.blocks.ofEitherSide(claimed.claimedBy(), claimed.chatId());
		found.ifPresent((block) -> {
			if (endRelay(claimed, block.side() == RelayBlock.Side.PARTICIPANT, block.staff(), this.clock.instant())) {
				this.events.publishEvent(new RequestCreated(claimed.id()));
			}
		});
		return found;
	}

	/** Ends a relay because one side is blocked; whether this call ended it. */
	private boolean endRelay(HelpRequest relay, boolean participantBlocked, String staff, Instant at) {
		return this.requests.endRelay(relay,
				participantBlocked ? HelpRequest.Move.BLOCKED_PARTICIPANT : HelpRequest.Move.BLOCKED_VOLUNTEER, staff,
				at);
	}

	/**
	 * Lifts the block of one side that concerns a request of the staff member's
	 * programmes ({@link #blocksOf}); the person is told.
	 * @return whether a block was lifted
	 */
	public boolean lift(long number, RelayBlock.Side side, Collection<String> programmes) {
		HelpRequest request = find(number, programmes).orElse(null);
		if (request == null || side == null) {
			return false;
		}
		Block shown = blocksOf(number, programmes).stream().filter((b) -> b.side() == side).findFirst().orElse(null);
		if (shown == null) {
			return false;
		}
		String id = (side == RelayBlock.Side.PARTICIPANT) ? RelayBlock.participantId(request.chatId())
				: RelayBlock.volunteerId(shown.volunteerId());
		RelayBlock block = this.blocks.find(id).orElse(null);
		if (block == null || !this.blocks.remove(id)) {
			return false;
		}
		String origin = "rq-unblocked:" + block.id() + ":" + block.at().toEpochMilli();
		if (side == RelayBlock.Side.PARTICIPANT) {
			this.outbox.put(origin, 0, new Outgoing.SendMessage(block.chatId(), false,
					RequestTexts.get("block.participant.lifted", this.offers.plainFor(request), request.locale()),
					List.of()));
		}
		else {
			this.outbox.put(origin, 0, new Outgoing.SendMessage(block.chatId(), false,
					RequestTexts.get("block.volunteer.lifted", localeOf(block.volunteerId())), List.of()));
		}
		return true;
	}

	private void tellOtherSide(HelpRequest relay, boolean participantBlocked) {
		String shown = String.valueOf(relay.number());
		String origin = "rq-relay-blocked:" + shown + ":" + (relay.history().size() + 1);
		if (participantBlocked) {
			this.outbox.put(origin, 0, new Outgoing.SendMessage(relay.claimedChat(), false,
					RequestTexts.get("block.volunteer.ended", localeOf(relay.claimedBy()), shown), List.of()));
		}
		else {
			this.outbox.put(origin, 0, new Outgoing.SendMessage(relay.chatId(), false,
					RequestTexts.get("block.participant.ended", this.offers.plainFor(relay), relay.locale(), shown),
					List.of()));
		}
	}

	private void tellBlocked(RelayBlock block, HelpRequest request, List<String> numbers) {
		String origin = "rq-blocked:" + block.id() + ":" + block.at().toEpochMilli();
		String list = numbers.stream().collect(Collectors.joining(", "));
		if (block.side() == RelayBlock.Side.PARTICIPANT) {
			this.outbox.put(origin, 0, new Outgoing.SendMessage(block.chatId(), false,
					RequestTexts.get("block.participant", this.offers.plainFor(request), request.locale(), list),
					List.of()));
		}
		else {
			this.outbox.put(origin, 0, new Outgoing.SendMessage(block.chatId(), false,
					RequestTexts.get("block.volunteer", localeOf(block.volunteerId()), list), List.of()));
		}
	}

	private String localeOf(String volunteerId) {
		return this.volunteers.find(volunteerId).map(Volunteer::locale).orElse("en");
	}

	private Optional<HelpRequest> find(long number, Collection<String> programmes) {
		return this.requests.byNumber(number)
			.filter((request) -> programmes == null || programmes.contains(request.programme()));
	}

}
