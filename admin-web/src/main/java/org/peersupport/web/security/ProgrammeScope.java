package org.peersupport.web.security;

import java.util.Collection;
import java.util.Set;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Which programmes' people and data a staff member may see: all of them (admins, and
 * moderators without a limit) or only some. Every page that shows programme data asks
 * here: lists {@link #restrict(Query, String) restrict their query}, object pages
 * {@link #require(String) require} the object's programme and answer 404 otherwise, so a
 * limited moderator cannot even learn that an object of another programme exists. Data
 * without a programme is for unlimited staff only.
 */
public final class ProgrammeScope {

	private static final ProgrammeScope UNLIMITED = new ProgrammeScope(null);

	private final Set<String> programmes;

	private ProgrammeScope(Set<String> programmes) {
		this.programmes = programmes;
	}

	/** Every programme, and data without one. */
	public static ProgrammeScope unlimited() {
		return UNLIMITED;
	}

	/** Only these programmes (none at all when empty). */
	public static ProgrammeScope limitedTo(Collection<String> programmes) {
		return new ProgrammeScope(Set.copyOf(programmes));
	}

	/** The scope of a signed-in staff member. */
	public static ProgrammeScope of(PanelUser viewer) {
		return viewer.isLimitedToProgrammes() ? limitedTo(viewer.programmes()) : UNLIMITED;
	}

	public boolean isUnlimited() {
		return this.programmes == null;
	}

	/** The programmes of a limited scope; empty for an unlimited one. */
	public Set<String> programmes() {
		return isUnlimited() ? Set.of() : this.programmes;
	}

	/**
	 * The programmes of a limited scope, or null for an unlimited one: what bot-core's
	 * scoped queries take.
	 */
	public Set<String> programmesOrAll() {
		return this.programmes;
	}

	/** Whether data of this programme (null: of no programme) is in scope. */
	public boolean includes(String programme) {
		return isUnlimited() || (programme != null && this.programmes.contains(programme));
	}

	/** Whether data that belongs to any of these programmes is in scope. */
	public boolean includesAny(Collection<String> programmes) {
		return isUnlimited() || programmes.stream().anyMatch(this::includes);
	}

	/**
	 * Adds the scope to a query on documents whose programme key is in {@code field};
	 * leaves it as it is when the scope is unlimited.
	 * @return the same query
	 */
	public Query restrict(Query query, String field) {
		if (!isUnlimited()) {
			query.addCriteria(Criteria.where(field).in(this.programmes));
		}
		return query;
	}

	/**
	 * Checks that an object of this programme (null: of no programme) is in scope.
	 * @throws ResponseStatusException 404, as if the object did not exist
	 */
	public void require(String programme) {
		if (!includes(programme)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	@Override
	public String toString() {
		return isUnlimited() ? "ProgrammeScope[all]" : "ProgrammeScope" + this.programmes;
	}

}
