package org.peersupport.requests;

import org.peersupport.conversation.ActionContext;
import org.peersupport.conversation.ScriptAction;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The {@code offerHelpRequest} action: what {@code /help_request} shows (the person's
 * open requests and the categories to ask for help in), from any script; a category's
 * press starts its intake script, which stores the request.
 */
class OfferHelpRequest implements ScriptAction {

	/**
	 * Looked up when run: the intake starts scripts through the runtime, which is built
	 * from every action, this one included.
	 */
	private final ObjectProvider<RequestIntake> intake;

	OfferHelpRequest(ObjectProvider<RequestIntake> intake) {
		this.intake = intake;
	}

	@Override
	public String name() {
		return "offerHelpRequest";
	}

	@Override
	public void run(ActionContext context) {
		this.intake.getObject().show(context.event(), context.replies());
	}

}
