package org.peersupport.web.sandbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.peersupport.web.security.PanelUser;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Which sandbox phones exist for whom, stored so it survives a restart. A phone is a
 * Telegram user on the sandbox emulator, and in sandbox mode its chat reaches the
 * service's own data ({@code /mydata} shows what the bot stored about that user id). So a
 * staff member limited to some programmes sees and uses only the phones the sandbox
 * created for them; any other id answers 404, as an object of another programme does.
 * Staff without a limit may use any user id.
 */
@Component
class SandboxPhoneBook {

	/**
	 * Created phones get random 12-digit ids, far from the small ids people type, so a
	 * new phone does not start in a chat someone else already used.
	 */
	private static final long FIRST_ID = 100_000_000_000L;

	private static final int PHONES_FOR_A_NEWCOMER = 2;

	private final MongoTemplate mongo;

	private final Clock clock;

	SandboxPhoneBook(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * The phones a page shows: those asked for, or by default the two sample phones for
	 * unlimited staff and their own phones (two new ones the first time) for limited
	 * staff.
	 * @throws ResponseStatusException 404 if a limited viewer asks for a phone that is
	 * not theirs
	 */
	SandboxPhones shownTo(PanelUser viewer, List<Long> requested) {
		if (mayUseAny(viewer)) {
			return SandboxPhones.of(requested);
		}
		if (requested != null && !requested.isEmpty()) {
			requested.forEach((userId) -> require(viewer, userId));
			return SandboxPhones.of(requested);
		}
		List<Long> own = ownedBy(viewer);
		while (own.size() < PHONES_FOR_A_NEWCOMER) {
			own.add(create(viewer));
		}
		return SandboxPhones.of(own);
	}

	/**
	 * Checks that the viewer may use this phone.
	 * @throws ResponseStatusException 404 if not, as if the phone did not exist
	 */
	void require(PanelUser viewer, Long userId) {
		boolean allowed = SandboxPhones.isValid(userId) && (mayUseAny(viewer) || isOwnedBy(userId, viewer));
		if (!allowed) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	/** Whether the viewer may use every phone, and reset the sandbox. */
	boolean mayUseAny(PanelUser viewer) {
		return viewer.scope().isUnlimited();
	}

	/** Creates a phone for the viewer. */
	long create(PanelUser viewer) {
		while (true) {
			long userId = ThreadLocalRandom.current().nextLong(FIRST_ID, 10 * FIRST_ID);
			try {
				this.mongo
					.insert(new SandboxPhone(userId, viewer.id(), this.clock.instant(), SandboxPhone.SCHEMA_VERSION));
				return userId;
			}
			catch (DuplicateKeyException ex) {
				// That id is taken; draw another.
			}
		}
	}

	private List<Long> ownedBy(PanelUser viewer) {
		Query query = Query.query(Criteria.where("staffId").is(viewer.id()))
			.with(Sort.by("createdAt", "_id"))
			.limit(SandboxPhones.MAX_PHONES);
		return new ArrayList<>(this.mongo.find(query, SandboxPhone.class).stream().map(SandboxPhone::userId).toList());
	}

	private boolean isOwnedBy(long userId, PanelUser viewer) {
		SandboxPhone phone = this.mongo.findById(userId, SandboxPhone.class);
		return phone != null && phone.staffId().equals(viewer.id());
	}

}
