package org.peersupport.requests;

import java.time.Clock;

import org.peersupport.conversation.ActionContext;
import org.peersupport.conversation.ScriptAction;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The {@code createRequest} action: stores the request the intake script collected and
 * tells the participant its number and what happens next.
 */
class CreateRequest implements ScriptAction {

	/** The action's name in scripts. */
	static final String NAME = "createRequest";

	private final HelpRequests requests;

	private final RequestsProperties properties;

	private final ApplicationEventPublisher events;

	private final CrisisFlag crisis;

	private final RelayBlocks blocks;

	private final Clock clock;

	CreateRequest(HelpRequests requests, RequestsProperties properties, ApplicationEventPublisher events,
			CrisisFlag crisis, RelayBlocks blocks, Clock clock) {
		this.crisis = crisis;
		this.blocks = blocks;
		this.requests = requests;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void run(ActionContext context) {
		String programme = context.field("programme");
		String category = context.field("category");
		if (programme == null || category == null) {
			throw new IllegalStateException(
					"Script " + context.scriptKey() + " runs createRequest without a programme and a category");
		}
		String medicine = context.field("medicine");
		String amount = context.field("amount");
		// Derived from the update's receipt, so handling it again finds the same request.
		HelpRequest request = this.requests.create("R-" + context.event().receipt(), context.chatId(), programme,
				category, Urgency.fromAnswer(context.field("urgency")), summary(context, medicine, amount),
				context.field("region"), medicine, amount, context.locale(),
				this.crisis.of(context.replies(), context.chatId()), this.clock.instant());
		// A person the team stopped from the relay is matched to nobody: the request
		// waits
		// for the team, and saying a volunteer will take it would not be true.
		String said = this.blocks.participantBlocked(context.chatId()) ? "created.held" : "created";
		context.replies()
			.send(RequestTexts.get(said, context.script().plainLanguage(), context.locale(),
					String.valueOf(request.number()), this.properties.label(category, context.locale())));
		this.events.publishEvent(new RequestCreated(request.id()));
	}

	/**
	 * What the participant wrote about it: a medicine request's medicine and amount, so
	 * that the offer, the panel and {@code /mydata} show them as any summary.
	 */
	private static String summary(ActionContext context, String medicine, String amount) {
		String summary = context.field("summary");
		if (summary != null || medicine == null) {
			return summary;
		}
		return (amount != null) ? medicine + ", " + amount : medicine;
	}

}
