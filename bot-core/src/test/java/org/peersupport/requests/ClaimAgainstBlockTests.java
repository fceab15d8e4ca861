package org.peersupport.requests;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.conversation.CallbackSigner;
import org.peersupport.messaging.ChatType;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundKind;
import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.OutboxEntry;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.participants.Volunteers;
import org.peersupport.store.MemoryStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;

/**
 * "Take it" pressed at the instant staff block a side of the relay: the press was checked
 * before the block was stored, and its claim is stored after the block ended the person's
 * relays. The claim must not stand: the request goes back to the queue, the volunteer is
 * told they are stopped, and the participant is not told that a volunteer took it.
 */
@SpringBootTest(classes = BotTestApplication.class,
		properties = { "spring.quartz.auto-startup=false", "peer.messaging.rate.enabled=false" })
@MemoryStore
class ClaimAgainstBlockTests {

	private static final String PROGRAMME = "women-after-prison";

	@MockitoSpyBean
	HelpRequests requests;

	@Autowired
	ClaimButtons buttons;

	@Autowired
	RelayBlocking blocking;

	@Autowired
	Volunteers volunteers;

	@Autowired
	CallbackSigner signer;

	@Autowired
	Outbox outbox;

	@Autowired
	MongoOperations mongo;

	@Test
	void aVolunteerBlockedBetweenTheCheckAndTheClaimDoesNotKeepTheRequest() {
		long volunteerChat = 16101;
		volunteer(volunteerChat, "V-race-1");
		HelpRequest first = claimedBy("R-race-1", 16102, "V-race-1", volunteerChat);
		HelpRequest second = offeredTo("R-race-2", 16103, "V-race-1", volunteerChat);
		// staff block the volunteer on the first request just before the press's claim
		InboundEvent press = pressWhileStaffBlock(16110, volunteerChat, second, first, RelayBlock.Side.VOLUNTEER,
				"staff-9");

		HelpRequest after = backInTheQueue(second);
		assertThat(after.history())
			.extracting(HelpRequest.Move::kind, HelpRequest.Move::volunteerId, HelpRequest.Move::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("blocked-volunteer", "V-race-1", "staff-9"));
		assertThat(this.requests.find(first.id()).orElseThrow().status()).as("the block's own relay ended")
			.isEqualTo(RequestStatus.OPEN);
		assertThat(answerTo(press)).isEqualTo("Our team has stopped you from taking requests for now.");
		assertThat(textsTo(16103)).as("the participant is not told a volunteer took it")
			.noneMatch((text) -> text.contains("has taken your request"));
	}

	@Test
	void aParticipantBlockedBetweenTheCheckAndTheClaimIsNotGivenToTheVolunteer() {
		long volunteerChat = 16201;
		volunteer(volunteerChat, "V-race-2");
		volunteer(16204, "V-race-3");
		// the participant's first request is in a relay with another volunteer
		HelpRequest first = claimedBy("R-race-3", 16202, "V-race-3", 16204);
		HelpRequest second = offeredTo("R-race-4", 16202, "V-race-2", volunteerChat);
		InboundEvent press = pressWhileStaffBlock(16210, volunteerChat, second, first, RelayBlock.Side.PARTICIPANT,
				"staff-8");

		HelpRequest after = backInTheQueue(second);
		assertThat(after.history()).extracting(HelpRequest.Move::kind).containsExactly("blocked-participant");
		assertThat(answerTo(press)).isEqualTo("This request is no longer open.");
		assertThat(textsTo(16202)).noneMatch((text) -> text.contains("has taken your request No. " + second.number()));
	}

	/**
	 * The volunteer presses "Take it" on {@code pressed}; staff block one side of
	 * {@code blockedOn} after the press's checks, just before its claim is stored.
	 */
	private InboundEvent pressWhileStaffBlock(long updateId, long volunteerChat, HelpRequest pressed,
			HelpRequest blockedOn, RelayBlock.Side side, String staff) {
		doAnswer((call) -> {
			assertThat(this.blocking.block(blockedOn.number(), side, null, staff)).isTrue();
			return call.callRealMethod();
		}).when(this.requests).claim(eq(pressed.id()), anyString(), anyLong(), any(), any());
		InboundEvent press = press(updateId, volunteerChat, pressed.number());
		this.buttons.handle(press, this.outbox.repliesTo(press));
		return press;
	}

	private HelpRequest backInTheQueue(HelpRequest request) {
		HelpRequest after = this.requests.find(request.id()).orElseThrow();
		assertThat(after.status()).isEqualTo(RequestStatus.OPEN);
		assertThat(after.claimedBy()).isNull();
		return after;
	}

	private void volunteer(long chatId, String id) {
		Map<String, Object> details = new HashMap<>(Map.of("realName", "Real Name " + id, "skills", List.of("time"),
				"languages", List.of("en"), "maxOpenRequests", 5, "quietHours", "none"));
		this.volunteers.submit(new Volunteer(id, chatId, "en", PROGRAMME, details, VolunteerStatus.APPROVED,
				"volunteer-signup@2", Instant.now(), Instant.now(), null, Instant.now(), Volunteer.SCHEMA_VERSION));
	}

	private HelpRequest offeredTo(String id, long participantChat, String volunteerId, long volunteerChat) {
		HelpRequest request = this.requests.create(id, participantChat, PROGRAMME, "talk", Urgency.TODAY, null, null,
				"en", false, Instant.now());
		this.requests.addOffer(id, new HelpRequest.Offer(volunteerId, volunteerChat, null, 1, Instant.now()));
		return request;
	}

	private HelpRequest claimedBy(String id, long participantChat, String volunteerId, long volunteerChat) {
		HelpRequest request = offeredTo(id, participantChat, volunteerId, volunteerChat);
		assertThat(this.requests.claim(id, volunteerId, volunteerChat, Instant.now(), Instant.now().plusSeconds(3600)))
			.isTrue();
		return this.requests.find(id).orElseThrow();
	}

	private InboundEvent press(long updateId, long chat, long number) {
		String data = this.signer.sign(chat, RequestOffers.OWNER, "t:" + number, RequestOffers.OWNER);
		return new InboundEvent(updateId, InboundKind.BUTTON, chat, ChatType.PRIVATE, chat, 1L, null, null, data,
				"press-" + updateId, "en", null, null, Instant.now(), "u" + updateId);
	}

	private String answerTo(InboundEvent press) {
		return this.mongo
			.find(Query.query(Criteria.where("buttonPressId").is(press.buttonPressId())), OutboxEntry.class)
			.stream()
			.map(OutboxEntry::text)
			.findFirst()
			.orElse(null);
	}

	private List<String> textsTo(long chat) {
		return this.mongo.find(Query.query(Criteria.where("chatId").is(chat)), OutboxEntry.class)
			.stream()
			.map(OutboxEntry::text)
			.toList();
	}

}
