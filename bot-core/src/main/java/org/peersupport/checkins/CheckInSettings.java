package org.peersupport.checkins;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.peersupport.conversation.CallbackSigner;
import org.peersupport.conversation.ZoneNames;
import org.peersupport.messaging.Button;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;
import org.peersupport.scripts.RuntimeTexts;

/**
 * {@code /checkins} and its buttons: the person's check-ins as they stand, and changing
 * the time, pausing for a week or two, stopping and starting again.
 */
class CheckInSettings {

	/** The command's name. */
	static final String NAME = "checkins";

	/** The owner of the settings' buttons ({@code cs:<payload>:<signature>}). */
	static final String OWNER = "cs";

	/** The times offered, each outside the default quiet hours. */
	static final List<LocalTime> TIMES = List.of(LocalTime.of(8, 0), LocalTime.of(9, 0), LocalTime.of(10, 0),
			LocalTime.of(12, 0), LocalTime.of(15, 0), LocalTime.of(18, 0), LocalTime.of(20, 0));

	private final Schedules schedules;

	private final Prompts prompts;

	private final CallbackSigner signer;

	private final CheckInsProperties properties;

	private final Clock clock;

	CheckInSettings(Schedules schedules, Prompts prompts, CallbackSigner signer, CheckInsProperties properties,
			Clock clock) {
		this.schedules = schedules;
		this.prompts = prompts;
		this.signer = signer;
		this.properties = properties;
		this.clock = clock;
	}

	InboundHandler command() {
		return new InboundHandler() {

			@Override
			public Route route() {
				return Route.commands(NAME);
			}

			@Override
			public void handle(InboundEvent event, Replies replies) {
				show(event, replies, false);
			}

		};
	}

	InboundHandler buttons() {
		return new InboundHandler() {

			@Override
			public Route route() {
				return Route.buttons(OWNER);
			}

			@Override
			public void handle(InboundEvent event, Replies replies) {
				press(event, replies);
			}

		};
	}

	private void show(InboundEvent event, Replies replies, boolean edit) {
		long chatId = event.chatId();
		Prompts.Voice voice = this.prompts.voice(chatId);
		String locale = voice.locale();
		Optional<CheckInSchedule> schedule = this.schedules.find(chatId);
		if (schedule.isEmpty()) {
			replies.send(CheckInTexts.get("settings.none", voice.plain(), locale));
			return;
		}
		String text = describe(schedule.get(), voice);
		List<List<Button>> buttons = buttonsFor(chatId, schedule.get(), locale);
		if (edit) {
			replies.editPressedMessage(text, buttons);
		}
		else {
			replies.send(text, buttons);
		}
	}

	private void press(InboundEvent event, Replies replies) {
		long chatId = event.chatId();
		Prompts.Voice voice = this.prompts.voice(chatId);
		String locale = voice.locale();
		String payload = this.signer.verify(chatId, event.buttonData(), OWNER).orElse("");
		Instant now = this.clock.instant();
		if (payload.equals("time")) {
			replies.answerButton(null);
			List<List<Button>> rows = new ArrayList<>();
			List<Button> row = new ArrayList<>();
			for (LocalTime time : TIMES) {
				if (!this.properties.outsideQuietHours(time).equals(time)) {
					continue;
				}
				row.add(button(chatId, "t:" + time.toString().replace(":", ""), time.toString()));
				if (row.size() == 4) {
					rows.add(row);
					row = new ArrayList<>();
				}
			}
			if (!row.isEmpty()) {
				rows.add(row);
			}
			replies.editPressedMessage(CheckInTexts.get("settings.choose-time", voice.plain(), locale), rows);
			return;
		}
		Optional<CheckInSchedule> changed;
		if (payload.matches("t:[0-2][0-9][0-5][0-9]")) {
			LocalTime time = LocalTime.of(Integer.parseInt(payload.substring(2, 4)),
					Integer.parseInt(payload.substring(4)));
			changed = this.schedules.changeTime(chatId, this.properties.outsideQuietHours(time), now);
		}
		else if (payload.matches("p:(7|14)")) {
			changed = this.schedules.pause(chatId, now.plus(Duration.ofDays(Long.parseLong(payload.substring(2)))),
					now);
		}
		else if (payload.equals("stop")) {
			changed = this.schedules.stop(chatId, now);
		}
		else if (payload.equals("start")) {
			changed = this.schedules.resume(chatId, now);
		}
		else {
			replies.answerButton(
					RuntimeTexts.bundled().text("callback.expired", voice.plain(), Locale.forLanguageTag(locale)));
			return;
		}
		replies.answerButton(null);
		if (changed.isEmpty()) {
			replies.send(CheckInTexts.get("settings.none", voice.plain(), locale));
			return;
		}
		show(event, replies, true);
	}

	private String describe(CheckInSchedule schedule, Prompts.Voice voice) {
		String locale = voice.locale();
		boolean plain = voice.plain();
		if (schedule.stopped()) {
			return CheckInTexts.get("settings.stopped", plain, locale);
		}
		String time = this.properties.outsideQuietHours(schedule.localTime()).toString();
		String next = (schedule.nextRunAt() != null)
				? DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
					.withLocale(Locale.forLanguageTag(locale))
					.withZone(schedule.zoneId())
					.format(schedule.nextRunAt())
				: "—";
		if (schedule.pausedUntil() != null && schedule.pausedUntil().isAfter(this.clock.instant())) {
			return CheckInTexts.get("settings.paused", plain, locale, time, ZoneNames.city(schedule.zone(), locale),
					next);
		}
		return CheckInTexts.get("settings.active", plain, locale, time, ZoneNames.city(schedule.zone(), locale), next);
	}

	private List<List<Button>> buttonsFor(long chatId, CheckInSchedule schedule, String locale) {
		if (schedule.stopped()) {
			return List.of(List.of(button(chatId, "start", CheckInTexts.get("settings.button.start", locale))));
		}
		return List.of(List.of(button(chatId, "time", CheckInTexts.get("settings.button.time", locale))),
				List.of(button(chatId, "p:7", CheckInTexts.get("settings.button.pause-week", locale)),
						button(chatId, "p:14", CheckInTexts.get("settings.button.pause-two", locale))),
				List.of(button(chatId, "stop", CheckInTexts.get("settings.button.stop", locale))));
	}

	private Button button(long chatId, String payload, String label) {
		return new Button(label, this.signer.sign(chatId, OWNER, payload, OWNER));
	}

}
