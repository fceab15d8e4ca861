package org.peersupport.web.sandbox;

import java.time.Clock;
import java.util.List;

import org.peersupport.web.security.PanelUser;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Which test groups the sandbox created, and for whom, stored so it survives a restart.
 * Staff without a programme limit see every test group; a limited staff member only their
 * own (and {@link SandboxGroupWindows} also hides one activated for a programme outside
 * their limit).
 */
@Component
class SandboxGroupBook {

	/** At most this many of the newest test groups are looked at for a page. */
	static final int MAX_LISTED = 20;

	private final MongoTemplate mongo;

	private final Clock clock;

	SandboxGroupBook(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Remembers a new test group as the viewer's. Saved over an old record: an emulator
	 * started again (a restart of the service) numbers its groups from the start again.
	 */
	void add(PanelUser viewer, long chatId) {
		this.mongo.save(new SandboxGroup(chatId, viewer.id(), this.clock.instant(), SandboxGroup.SCHEMA_VERSION));
	}

	/** How many test groups the sandbox created, for everyone. */
	long count() {
		return this.mongo.count(new Query(), SandboxGroup.class);
	}

	/** The test groups the viewer may see, newest first. */
	List<Long> shownTo(PanelUser viewer) {
		Query query = viewer.scope().isUnlimited() ? new Query()
				: Query.query(Criteria.where("staffId").is(viewer.id()));
		// a newer supergroup has a lower chat id
		query.with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id"))).limit(MAX_LISTED);
		return this.mongo.find(query, SandboxGroup.class).stream().map(SandboxGroup::chatId).toList();
	}

	/** Whether the viewer may see this test group (before its programme is checked). */
	boolean isShownTo(PanelUser viewer, long chatId) {
		SandboxGroup group = this.mongo.findById(chatId, SandboxGroup.class);
		return group != null && (viewer.scope().isUnlimited() || group.staffId().equals(viewer.id()));
	}

}
