package org.peersupport.participants;

import java.util.List;
import java.util.Set;

/**
 * What a feature keeps about a person, declared as a bean by the feature that keeps it:
 * {@code /mydata} shows each bean's lines, as the person saw what they entered, and
 * {@code /forget} runs each bean's {@link #erase}. A feature that stores personal data
 * adds one of these and edits no list.
 */
public interface PersonalData {

	/**
	 * The lines {@code /mydata} shows of it in {@code locale} (a heading first), or none
	 * when nothing is kept.
	 * @param plain whether the person's programme speaks in plain language: then each
	 * text is its plain version ({@code <key>.plain})
	 */
	List<String> describe(long chatId, String locale, boolean plain);

	/**
	 * The ids under which others may name the person (e.g. a volunteer application's id
	 * in the audit log), so that erasure can blank them there too.
	 */
	default Set<String> references(long chatId) {
		return Set.of();
	}

	/**
	 * Erases all of it, from every collection the feature keeps; running twice is
	 * harmless.
	 */
	void erase(long chatId);

}
