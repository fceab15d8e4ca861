package org.peersupport.messaging;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every command the features declare ({@link Command} beans), in list order: what
 * {@code /help}, {@code /menu} and Telegram's command lists show to whom.
 */
public class Commands {

	private final List<Command> commands;

	private final List<AudienceSource> sources;

	public Commands(List<Command> commands, List<AudienceSource> sources) {
		Map<String, Command> byName = new HashMap<>();
		for (Command command : commands) {
			if (byName.putIfAbsent(command.name(), command) != null) {
				throw new IllegalStateException("Command /" + command.name() + " is declared twice");
			}
		}
		this.commands = commands.stream()
			.sorted(Comparator.comparingInt(Command::order).thenComparing(Command::name))
			.toList();
		this.sources = List.copyOf(sources);
	}

	/** The commands any of {@code audiences} may use, in list order. */
	public List<Command> forAudiences(Set<Audience> audiences) {
		return this.commands.stream().filter((command) -> command.isFor(audiences)).toList();
	}

	/** The menu buttons for {@code audiences}, in list order. */
	public List<Command> menu(Set<Audience> audiences) {
		return forAudiences(audiences).stream().filter(Command::inMenu).toList();
	}

	/**
	 * The audiences of the person in a private chat: everyone is a participant, and each
	 * feature may add more.
	 */
	public Set<Audience> audiencesOf(long chatId) {
		Set<Audience> audiences = EnumSet.of(Audience.PARTICIPANT);
		this.sources.forEach((source) -> audiences.addAll(source.of(chatId)));
		return audiences;
	}

	/**
	 * Fails when a declared command of a private chat has no handler: it would answer
	 * "unknown command". Commands only for groups ({@link Audience#GROUP_MEMBER},
	 * {@link Audience#MODERATOR}) are handled by the groups' message handlers.
	 */
	void requireHandlers(Set<String> handled) {
		List<String> unhandled = this.commands.stream()
			.filter((command) -> command.isFor(EnumSet.of(Audience.PARTICIPANT, Audience.VOLUNTEER)))
			.map(Command::name)
			.filter((name) -> !handled.contains(name))
			.toList();
		if (!unhandled.isEmpty()) {
			throw new IllegalStateException("Commands declared without a handler: " + unhandled);
		}
	}

}
