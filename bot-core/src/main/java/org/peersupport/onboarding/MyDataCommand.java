package org.peersupport.onboarding;

import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;

import org.springframework.stereotype.Component;

/**
 * {@code /mydata}: a readable copy of everything kept about the person, in plain language
 * for a person of a plain-language programme.
 */
@Component
class MyDataCommand implements InboundHandler {

	private final MyDataExport export;

	private final PersonLanguage language;

	MyDataCommand(MyDataExport export, PersonLanguage language) {
		this.export = export;
		this.language = language;
	}

	@Override
	public Route route() {
		return Route.commands("mydata");
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		replies.send(this.export.export(event.chatId(), this.language.of(event), this.language.plain(event.chatId())));
	}

}
