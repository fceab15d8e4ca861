package org.peersupport.messaging;

/**
 * What the checks before routing found in a private message: nothing, or a crisis that
 * was already answered (its kind named by the check that found it). It travels with the
 * update in its {@link Replies}, so every handler after the check knows without reading
 * the words again.
 *
 * @param crisisKind the kind of crisis found and answered, or null when none was
 */
public record Screening(String crisisKind) {

	/** Nothing found. */
	public static final Screening CLEAR = new Screening(null);

	/** A crisis of this kind was found and answered. */
	public static Screening crisis(String kind) {
		if (kind == null) {
			throw new IllegalArgumentException("A crisis has a kind");
		}
		return new Screening(kind);
	}

	/** Whether the message was answered as a crisis already. */
	public boolean isCrisis() {
		return this.crisisKind != null;
	}

}
