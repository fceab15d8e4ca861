package org.peersupport.conversation;

import java.time.Clock;

import org.peersupport.safety.ModeratorAlerts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The actions the conversation runtime binds itself: they change the conversation, which
 * no feature's action may.
 */
@Configuration(proxyBeanMethods = false)
class RuntimeActions {

	/**
	 * {@code setLocale}: the conversation goes on in the language the person chose;
	 * features hear {@link LanguageChosen}.
	 */
	@Bean
	ScriptAction setLocaleAction(ApplicationEventPublisher events) {
		return action("setLocale", (context) -> {
			Object locale = context.fields().get("locale");
			if (locale != null && context.script().locales().contains(locale.toString())) {
				context.conversation().changeLocale(locale.toString());
				events.publishEvent(new LanguageChosen(context.chatId(), locale.toString()));
			}
		});
	}

	/**
	 * {@code recordConsent}: the person accepted this script's consent text, now;
	 * features hear {@link ConsentGiven}.
	 */
	@Bean
	ScriptAction recordConsentAction(ApplicationEventPublisher events, Clock clock) {
		return action("recordConsent", (context) -> {
			Conversation conversation = context.conversation();
			conversation.recordConsent(context.scriptKey(), clock.instant());
			events.publishEvent(new ConsentGiven(context.chatId(), context.scriptId(), conversation.consentVersion(),
					conversation.locale(), conversation.consentedAt()));
		});
	}

	/** {@code alertModerators}: the moderators are told which step the person reached. */
	@Bean
	ScriptAction alertModeratorsAction(ModeratorAlerts alerts) {
		return action("alertModerators", (context) -> alerts.alert(context.replies(), ModeratorAlerts.Reason.SCRIPT,
				context.chatId(), context.scriptId() + "/" + context.conversation().stepId()));
	}

	private static ScriptAction action(String name, java.util.function.Consumer<ActionContext> body) {
		return new ScriptAction() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public void run(ActionContext context) {
				body.accept(context);
			}

		};
	}

}
