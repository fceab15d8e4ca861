package org.peersupport.messaging;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.peersupport.messaging.InboundEvents.anEvent;

class RouterTests {

	private final List<String> handled = new ArrayList<>();

	private final Outbox outbox = mock(Outbox.class);

	private final Handler start = new Handler("start", Route.commands("start"));

	private final Handler greet = new Handler("greet", Route.buttons("greet"));

	private final Handler conversation = new Handler("conversation", Route.conversation());

	private final Handler fallback = new Handler("fallback", Route.fallback());

	private final Handler membership = new Handler("membership", Route.kind(InboundKind.BOT_MEMBERSHIP));

	private final Handler groups = new Handler("groups", Route.groupMessages());

	private final Router router = new Router(
			List.of(this.start, this.greet, this.conversation, this.fallback, this.membership, this.groups),
			List.of((event, replies) -> {
				this.handled.add("crisis-check");
				return "I want to die".equals(event.text()) ? Screening.crisis("self-harm") : Screening.CLEAR;
			}), (event) -> "sorry");

	@Test
	void aCommandBeatsAnActiveConversation() {
		route(anEvent(1).command("start").build());
		assertThat(this.handled).containsExactly("crisis-check", "start");
	}

	@Test
	void anUnknownCommandGoesToTheFallback() {
		route(anEvent(1).command("nope").build());
		assertThat(this.handled).containsExactly("crisis-check", "fallback");
	}

	@Test
	void aButtonGoesToTheOwnerNamedInItsData() {
		route(anEvent(1).press(10, "greet:hello").build());
		assertThat(this.handled).containsExactly("greet");
	}

	@Test
	void aButtonOfNoKnownOwnerGoesToTheFallbackAndIsAnswered() {
		Replies replies = route(anEvent(1).press(10, "forged:xyz").build());
		assertThat(this.handled).containsExactly("fallback");
		assertThat(replies.buttonAnswered()).isTrue();
	}

	@Test
	void textGoesToTheConversationThatAcceptsIt() {
		route(anEvent(1).text("hello").build());
		assertThat(this.handled).containsExactly("crisis-check", "conversation");
	}

	@Test
	void theCheckBeforeRoutingRunsOnceAndItsVerdictTravelsToTheHandler() {
		Handler reading = new Handler("conversation", Route.conversation());
		Router router = new Router(List.of(reading), List.of((event, replies) -> {
			this.handled.add("crisis-check");
			return Screening.crisis("self-harm");
		}, (event, replies) -> Screening.CLEAR), (event) -> "sorry");
		InboundEvent event = anEvent(1).text("I want to die").build();
		router.route(event, new Replies(this.outbox, event, "u1"));
		assertThat(this.handled).containsExactly("crisis-check", "conversation");
		assertThat(reading.seen).containsExactly(Screening.crisis("self-harm"));
	}

	@Test
	void aMessageWithoutCrisisWordsReachesTheHandlerClear() {
		route(anEvent(1).text("hello").build());
		assertThat(this.conversation.seen).containsExactly(Screening.CLEAR);
	}

	@Test
	void textNoConversationAcceptsGoesToTheFallback() {
		this.conversation.accepting = false;
		route(anEvent(1).sticker().build());
		assertThat(this.handled).containsExactly("fallback");
	}

	@Test
	void groupMessagesGoToGroupHandlersAndSkipTheCrisisCheckOfPrivateChats() {
		route(anEvent(1).group(-100).text("hi all").build());
		assertThat(this.handled).containsExactly("groups");
	}

	@Test
	void membershipChangesGoToEveryHandlerOfThatKind() {
		route(anEvent(1).membership("kicked").build());
		assertThat(this.handled).containsExactly("membership");
	}

	@Test
	void twoHandlersClaimingOneCommandIsAnError() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new Router(List.of(this.start, new Handler("other", Route.commands("START"))), List.of(),
					(e) -> "sorry"));
	}

	@Test
	void anApologyIsSentInThePrivateChat() {
		InboundEvent event = anEvent(9).privateChat(5).text("x").build();
		this.router.apologize(event, new Replies(this.outbox, event, "u9x"));
		then(this.outbox).should()
			.put("u9x", 0, new Outgoing.SendMessage(5, false, "sorry", List.of()), SendPriority.INTERACTIVE, null);
	}

	private Replies route(InboundEvent event) {
		Replies replies = new Replies(this.outbox, event, "u" + event.updateId());
		this.router.route(event, replies);
		return replies;
	}

	private final class Handler implements InboundHandler {

		private final String name;

		private final Route route;

		private boolean accepting = true;

		private final List<Screening> seen = new ArrayList<>();

		Handler(String name, Route route) {
			this.name = name;
			this.route = route;
		}

		@Override
		public Route route() {
			return this.route;
		}

		@Override
		public boolean accepts(InboundEvent event) {
			return this.accepting;
		}

		@Override
		public void handle(InboundEvent event, Replies replies) {
			RouterTests.this.handled.add(this.name);
			this.seen.add(replies.screening());
		}

	}

}
