package org.peersupport.web.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the audit page; blank fields do not filter.
 *
 * @param actor login name of the person who made the change
 * @param objectType kind of object changed
 * @param objectId internal id of the object changed
 * @param from first day shown, in the viewer's time zone
 * @param to last day shown, in the viewer's time zone
 */
public record AuditSearch(String actor, String objectType, String objectId,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

	/** No filter at all. */
	public static AuditSearch everything() {
		return new AuditSearch(null, null, null, null, null);
	}

}
