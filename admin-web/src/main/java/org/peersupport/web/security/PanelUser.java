package org.peersupport.web.security;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * The signed-in staff member as pages see them, read fresh from the store on each
 * request. Pages filter data through {@link #scope()}.
 *
 * @param id internal account id (the audit log names people by it)
 * @param username login name
 * @param role panel role
 * @param programmes programmes a moderator is limited to; empty means no limit
 * @param language preferred panel language
 * @param zone time zone in which dates are shown
 */
public record PanelUser(String id, String username, PanelRole role, Set<String> programmes, Locale language,
		ZoneId zone) {

	public PanelUser {
		programmes = Set.copyOf(programmes);
	}

	public boolean isAdmin() {
		return this.role == PanelRole.ADMIN;
	}

	/** Whether this person may use pages that require {@code required}. */
	public boolean hasRole(PanelRole required) {
		return this.role.covers(required);
	}

	/**
	 * Whether data of a programme (null: of no programme) is within this person's scope.
	 */
	public boolean mayAccessProgramme(String programmeId) {
		return scope().includes(programmeId);
	}

	/** The programmes whose data this person sees. */
	public ProgrammeScope scope() {
		return ProgrammeScope.of(this);
	}

	/** Whether queries must be filtered to {@link #programmes()}. */
	public boolean isLimitedToProgrammes() {
		return !isAdmin() && !this.programmes.isEmpty();
	}

}
