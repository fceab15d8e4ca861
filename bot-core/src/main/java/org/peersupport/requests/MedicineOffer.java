package org.peersupport.requests;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A medicine donor's standing offer: a medicine they can buy, how much, where, and until
 * when. A medicine request that names it goes to them before anyone else.
 *
 * @param id the internal id, derived from the update that recorded it
 * @param chatId the donor's private chat
 * @param volunteerId the donor's volunteer id
 * @param programme the donor's programme
 * @param medicine the medicine's name, as the donor wrote it
 * @param amount how much they can buy, as they wrote it
 * @param region where they can bring or send it, or null for anywhere
 * @param validUntil the last day the offer holds
 * @param expiresAt when it stops matching: the end of {@code validUntil} in the
 * programme's time zone
 * @param status whether it still holds
 * @param createdAt when it was recorded
 * @param closedAt when it was withdrawn or expired, or null
 * @param schemaVersion the document's schema version
 */
@Document("medicine_offers")
public record MedicineOffer(@Id String id, @Indexed long chatId, String volunteerId, @Indexed String programme,
		String medicine, String amount, String region, LocalDate validUntil, @Indexed Instant expiresAt,
		@Indexed Status status, Instant createdAt, Instant closedAt, int schemaVersion) {

	/** The schema version written by this code. */
	public static final int SCHEMA_VERSION = 1;

	/** Whether it still matches requests at {@code now}. */
	public boolean standingAt(Instant now) {
		return this.status == Status.ACTIVE && this.expiresAt.isAfter(now);
	}

	@Override
	public String toString() {
		// No medicine nor region: logs must not carry personal data.
		return "MedicineOffer[" + this.id + ", " + this.status + "]";
	}

	/** Where an offer stands. */
	public enum Status {

		/** It holds until it expires. */
		ACTIVE,

		/** The donor took it back. */
		WITHDRAWN,

		/** Its last day passed. */
		EXPIRED

	}

}
