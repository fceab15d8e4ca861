package org.peersupport.requests;

import java.util.List;

import org.peersupport.conversation.ActionContext;
import org.peersupport.conversation.ScriptAction;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The {@code offerFirstRequest} action: once onboarding stored the person's needs, the
 * first of them that is a request category is offered with one button; its press starts
 * that category's intake.
 */
class OfferFirstRequest implements ScriptAction {

	/**
	 * Looked up when run: the intake starts scripts through the runtime, which is built
	 * from every action, this one included.
	 */
	private final ObjectProvider<RequestIntake> intake;

	OfferFirstRequest(ObjectProvider<RequestIntake> intake) {
		this.intake = intake;
	}

	@Override
	public String name() {
		return "offerFirstRequest";
	}

	@Override
	public void run(ActionContext context) {
		if (context.fields().get("needs") instanceof List<?> needs) {
			this.intake.getObject()
				.offerFirst(context.chatId(), needs.stream().map(String::valueOf).toList(), context.locale(),
						context.replies());
		}
	}

}
