package org.peersupport.web.audit;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the audit page; blank fields do not filter. Presses and messages on
 * sandbox phones (the noise of training, {@link #SANDBOX_NOISE}) are left out unless
 * asked for, or unless the action filter names one; a sandbox reset is always shown.
 *
 * @param actor login name of the person who made the change
 * @param action what was done, e.g. {@code volunteer.approved}
 * @param objectType kind of object changed
 * @param objectId internal id of the object changed
 * @param programme key of the programme the object belongs to
 * @param from first day shown, in the viewer's time zone
 * @param to last day shown, in the viewer's time zone
 * @param sandbox whether sandbox presses and messages are shown (null: no)
 */
public record AuditSearch(String actor, String action, String objectType, String objectId, String programme,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Boolean sandbox) {

	/** What staff do on sandbox phones while they train. */
	static final List<String> SANDBOX_NOISE = List.of("sandbox.pressed", "sandbox.sent", "sandbox.asked-to-join",
			"sandbox.group-posted");

	/** No filter at all, sandbox presses and messages included. */
	public static AuditSearch everything() {
		return new AuditSearch(null, null, null, null, null, null, null, true);
	}

	/** Whether sandbox presses and messages are shown. */
	public boolean showsSandbox() {
		return Boolean.TRUE.equals(this.sandbox);
	}

	/** Whether the first day comes after the last (the search then finds nothing). */
	public boolean datesReversed() {
		return this.from != null && this.to != null && this.from.isAfter(this.to);
	}

}
