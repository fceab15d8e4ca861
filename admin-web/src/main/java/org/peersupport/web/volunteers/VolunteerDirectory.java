package org.peersupport.web.volunteers;

import java.util.List;
import java.util.regex.Pattern;

import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.web.security.ProgrammeScope;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Reads volunteer applications for the panel's list, filtered and a page at a time. */
@Component
class VolunteerDirectory {

	private final MongoOperations mongo;

	VolunteerDirectory(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/** Applications matching the filter within the scope, newest first. */
	Page<Volunteer> search(VolunteerFilter filter, ProgrammeScope scope, Pageable pageable) {
		Query query = scope.restrict(Query.query(criteria(filter)), "programme");
		long total = this.mongo.count(query, Volunteer.class);
		List<Volunteer> items = this.mongo.find(Query.of(query)
			.with(Sort.by(Sort.Direction.DESC, "submittedAt"))
			.skip(pageable.getOffset())
			.limit(pageable.getPageSize()), Volunteer.class);
		return new PageImpl<>(items, pageable, total);
	}

	/** How many applications within the scope wait for a decision. */
	long countPending(ProgrammeScope scope) {
		return this.mongo.count(
				scope.restrict(Query.query(Criteria.where("status").is(VolunteerStatus.PENDING)), "programme"),
				Volunteer.class);
	}

	private static Criteria criteria(VolunteerFilter filter) {
		Criteria criteria = new Criteria();
		if (StringUtils.hasText(filter.skill())) {
			criteria.and("details.skills").is(filter.skill().strip());
		}
		if (StringUtils.hasText(filter.language())) {
			criteria.and("details.languages").is(filter.language().strip());
		}
		if (StringUtils.hasText(filter.region())) {
			// Typed text is data: quoted, never a pattern of its own.
			criteria.and("details.region")
				.regex(Pattern.compile(Pattern.quote(filter.region().strip()), Pattern.CASE_INSENSITIVE));
		}
		if (filter.status() != null) {
			criteria.and("status").is(filter.status());
		}
		return criteria;
	}

}
