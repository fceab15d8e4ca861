package org.peersupport.participants;

import java.time.Instant;
import java.util.Set;

/**
 * A person asked to be erased ({@code /forget}). Published before their records are
 * removed, so that a feature keeping something about them under one of their references
 * (their person reference, their volunteer ids) can remove it or blank it. Listeners run
 * in the erasing thread: one that fails stops the erasure, and the erasure runs again.
 *
 * @param chatId the person's private chat
 * @param references what names the person elsewhere: their person reference and volunteer
 * ids (it may be empty)
 * @param at when the erasure began
 */
public record ErasureRequested(long chatId, Set<String> references, Instant at) {

	public ErasureRequested {
		references = Set.copyOf(references);
	}

	@Override
	public String toString() {
		return "ErasureRequested[" + this.references.size() + " references, at=" + this.at + "]";
	}

}
