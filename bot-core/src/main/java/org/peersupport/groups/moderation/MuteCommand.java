package org.peersupport.groups.moderation;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peersupport.groups.PeerGroup;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.Replies;

/**
 * {@code /mute 1h} as a reply: the author of the replied message may not write in the
 * group for that long ({@code 30m}, {@code 2h}, {@code 1d}; the group's mute time when
 * none or an unreadable one is given; at most 366 days, Telegram's limit), and is told
 * privately.
 */
class MuteCommand implements InGroupCommand {

	private static final Pattern SPAN = Pattern.compile("(\\d{1,4})\\s*([mhd])");

	static final Duration LONGEST = Duration.ofDays(366);

	private final Sanctions sanctions;

	MuteCommand(Sanctions sanctions) {
		this.sanctions = sanctions;
	}

	@Override
	public String name() {
		return "mute";
	}

	@Override
	public boolean forModerators() {
		return true;
	}

	@Override
	public void run(InboundEvent event, Replies replies, PeerGroup group) {
		Long target = Target.of(event, replies, group, this.sanctions);
		if (target != null) {
			Duration duration = parse(event.text()).orElse(group.moderation().muteFor());
			this.sanctions.mute(replies, group, target, duration,
					Sanctions.Actor.moderator(event.userId(), "command", event.receivedAt()));
		}
	}

	/** {@code 30m}, {@code 2h}, {@code 1d}: from a minute to 366 days. */
	static java.util.Optional<Duration> parse(String text) {
		if (text == null) {
			return java.util.Optional.empty();
		}
		Matcher matcher = SPAN.matcher(text.strip().toLowerCase(Locale.ROOT));
		if (!matcher.lookingAt()) {
			return java.util.Optional.empty();
		}
		long amount = Long.parseLong(matcher.group(1));
		Duration duration = switch (matcher.group(2)) {
			case "m" -> Duration.ofMinutes(amount);
			case "h" -> Duration.ofHours(amount);
			default -> Duration.ofDays(amount);
		};
		if (duration.compareTo(Duration.ofMinutes(1)) < 0 || duration.compareTo(LONGEST) > 0) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(duration);
	}

}
