package org.peersupport.safety;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a crisis message is about; the reply and the words found are chosen by kind. The
 * order is the order of urgency: a message of several kinds is answered as the first.
 */
public enum CrisisKind {

	/** Thoughts of suicide or of hurting oneself. */
	SELF_HARM,

	/** Too much of a drug or of medicine taken. */
	OVERDOSE,

	/** Someone hurts, rapes or threatens the person. */
	VIOLENCE,

	/** The person threatens to hurt someone else. */
	OTHER;

	/** The kind's name in configuration and texts, e.g. {@code self-harm}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The kind with this {@link #key() key}. */
	public static Optional<CrisisKind> ofKey(String key) {
		return Arrays.stream(values()).filter((kind) -> kind.key().equals(key)).findFirst();
	}

}
