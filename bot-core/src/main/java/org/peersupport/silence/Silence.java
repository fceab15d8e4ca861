package org.peersupport.silence;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.Period;
import java.util.Locale;

/**
 * The silence rule: after how long a person is warned, and when they are erased.
 *
 * @param eraseAfter the silence after which a person is erased
 * @param warnBefore how long before that they are warned
 */
record Silence(Period eraseAfter, Duration warnBefore) {

	/** Whoever last wrote at or before this is silent long enough to be erased. */
	Instant eraseCutoff(Instant now) {
		return now.atOffset(ZoneOffset.UTC).minus(this.eraseAfter).toInstant();
	}

	/** Whoever last wrote at or before this is to be warned. */
	Instant warnCutoff(Instant now) {
		return eraseCutoff(now).plus(this.warnBefore);
	}

	/**
	 * When a person who last wrote at {@code lastMessage} will be erased, if warned now.
	 */
	Instant erasureOf(Instant lastMessage, Instant warnedAt) {
		Instant due = lastMessage.atOffset(ZoneOffset.UTC).plus(this.eraseAfter).toInstant();
		Instant afterWarning = warnedAt.plus(this.warnBefore);
		return due.isAfter(afterWarning) ? due : afterWarning;
	}

	/**
	 * When the person will be erased if they stay silent: after the warning, if they were
	 * warned of this silence, else at its end (the warning comes before it).
	 */
	Instant erasureOf(LastMessage last) {
		Instant warned = last.warnedOfThisSilence() ? last.warnedAt() : warnCutoffFor(last.at());
		return erasureOf(last.at(), warned);
	}

	private Instant warnCutoffFor(Instant lastMessage) {
		return lastMessage.atOffset(ZoneOffset.UTC).plus(this.eraseAfter).toInstant().minus(this.warnBefore);
	}

	/** A day as people read it in their language ("9 декабря 2026 г."), in UTC. */
	static String day(Instant at, String locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(Locale.forLanguageTag(locale))
			.withZone(ZoneOffset.UTC)
			.format(at);
	}

}
