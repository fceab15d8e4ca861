package org.peersupport.messaging;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A command a feature offers, declared as a bean: {@code /help}, the {@code /menu}
 * keyboard and Telegram's command lists ({@code setMyCommands} per scope and language)
 * are built from these beans, so a feature adds its command without editing any list. The
 * feature's handler takes the command ({@link Route#commands}); a declared command
 * without a handler fails the start.
 *
 * @param name the command without slash (lower case letters, digits and underscores, at
 * most 32)
 * @param order its place in lists, lower first
 * @param audiences who may use it
 * @param inMenu whether the {@code /menu} keyboard shows it as a button
 * @param texts the feature's words: {@code command.<name>} is the description,
 * {@code menu.<name>} the button label (needed only when {@code inMenu})
 */
public record Command(String name, int order, Set<Audience> audiences, boolean inMenu, Texts texts) {

	private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,32}");

	public Command {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("A command name is 1-32 lower-case letters, digits or '_': " + name);
		}
		if (audiences == null || audiences.isEmpty()) {
			throw new IllegalArgumentException("Command /" + name + " names no audience");
		}
		audiences = Set.copyOf(EnumSet.copyOf(audiences));
	}

	/** A command for the given audiences, shown in the menu or not. */
	public static Command of(String name, int order, boolean inMenu, Texts texts, Audience... audiences) {
		return new Command(name, order, Set.of(audiences), inMenu, texts);
	}

	/** What the command does, in {@code locale}. */
	public String description(String locale) {
		return this.texts.get("command." + this.name, locale);
	}

	/** The menu button's label, in {@code locale}. */
	public String menuLabel(String locale) {
		return this.texts.get("menu." + this.name, locale);
	}

	/** Whether any of {@code audiences} may use it. */
	public boolean isFor(Set<Audience> audiences) {
		return audiences.stream().anyMatch(this.audiences::contains);
	}

	/** A feature's text lookup: the text for a key in a language tag. */
	@FunctionalInterface
	public interface Texts {

		/** The text; throws {@link java.util.MissingResourceException} when missing. */
		String get(String key, String locale);

	}

}
