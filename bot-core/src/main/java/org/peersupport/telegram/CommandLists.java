package org.peersupport.telegram;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScope;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllChatAdministrators;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllGroupChats;

import org.peersupport.messaging.Audience;
import org.peersupport.messaging.Command;
import org.peersupport.messaging.Commands;
import org.peersupport.scripts.RuntimeTexts;

/**
 * Telegram's command lists, built from the declared commands: per scope (private chats by
 * default, all groups, group administrators) and per bot language, plus English for
 * everyone else. Telegram cannot tell a volunteer's private chat from a participant's, so
 * volunteer-only commands are listed in {@code /help} and {@code /menu}, not here.
 */
final class CommandLists {

	private CommandLists() {
	}

	static List<SetMyCommands> of(Commands commands) {
		List<String> languages = new ArrayList<>();
		languages.add(null);
		RuntimeTexts.LOCALES.forEach((locale) -> languages.add(locale.getLanguage()));
		List<SetMyCommands> methods = new ArrayList<>();
		for (String language : languages) {
			add(methods, commands.forAudiences(EnumSet.of(Audience.PARTICIPANT)), null, language);
			add(methods, commands.forAudiences(EnumSet.of(Audience.GROUP_MEMBER)),
					BotCommandScopeAllGroupChats.builder().build(), language);
			add(methods, commands.forAudiences(Set.of(Audience.GROUP_MEMBER, Audience.MODERATOR)),
					BotCommandScopeAllChatAdministrators.builder().build(), language);
		}
		return methods;
	}

	private static void add(List<SetMyCommands> methods, List<Command> commands, BotCommandScope scope,
			String language) {
		if (commands.isEmpty()) {
			return;
		}
		String textLanguage = (language != null) ? language : Locale.ENGLISH.getLanguage();
		SetMyCommands.SetMyCommandsBuilder<?, ?> builder = SetMyCommands.builder()
			.commands(commands.stream()
				.map((command) -> new BotCommand(command.name(), command.description(textLanguage)))
				.toList());
		if (scope != null) {
			builder.scope(scope);
		}
		if (language != null) {
			builder.languageCode(language);
		}
		methods.add(builder.build());
	}

}
