package org.peersupport.onboarding;

import org.peersupport.conversation.ConversationAutoConfiguration;
import org.peersupport.groups.GroupsAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Import;

/**
 * Registers onboarding and the participant commands in any host, after the conversation
 * runtime they run on: each of the feature's components by name, so a host needs no
 * component scan (a new component joins this list; {@code BotAutoConfigurationTests}
 * fails until it does). Its package is an auto-configuration package, so documents it
 * declares are known at start.
 */
@AutoConfiguration(after = { ConversationAutoConfiguration.class, GroupsAutoConfiguration.class })
@AutoConfigurationPackage
@Import({ OnboardingCommands.class, CancelCommand.class, Erasure.class, ForgetButtons.class, ForgetCommand.class,
		HelpCommand.class, JoinGroup.class, LanguageButtons.class, LanguageCommand.class, MenuButtons.class,
		MenuCommand.class, MenuKeyboard.class, MyDataCommand.class, MyDataExport.class, NotUnderstood.class,
		ParticipantData.class, PersonLanguage.class, ProgrammeLink.class, ProgrammeStats.class, RecordConsent.class,
		SetParticipantLocale.class, ShowMenu.class, SignedButtons.class, StartCommand.class })
public final class OnboardingAutoConfiguration {

}
