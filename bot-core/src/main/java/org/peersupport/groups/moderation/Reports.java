package org.peersupport.groups.moderation;

import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The reports of group messages. A report is decided by one conditional update: the first
 * press wins, however many moderators press at once on any number of instances.
 */
class Reports {

	private final MongoOperations mongo;

	Reports(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/** Keeps a report, once per {@code /report} update. */
	GroupReport open(GroupReport report) {
		try {
			return this.mongo.insert(report);
		}
		catch (DuplicateKeyException ex) {
			return this.mongo.findById(report.id(), GroupReport.class);
		}
	}

	Optional<GroupReport> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, GroupReport.class));
	}

	/**
	 * Decides an open report.
	 * @return the report as stored after: decided by this press if it was open, else as
	 * the first decided it
	 */
	Optional<GroupReport> decide(String id, ModerationEntry.Action decision, String by, String receipt, Instant at) {
		GroupReport decided = this.mongo.findAndModify(
				Query.query(Criteria.where("_id").is(id).and("decision").is(null)),
				new Update().set("decision", decision)
					.set("decidedBy", by)
					.set("decidedReceipt", receipt)
					.set("decidedAt", at),
				FindAndModifyOptions.options().returnNew(true), GroupReport.class);
		return (decided != null) ? Optional.of(decided) : find(id);
	}

	/**
	 * Removes the reports of the person's messages, and their name from the reports they
	 * made; safe to run twice.
	 */
	void erase(long chatId) {
		this.mongo.remove(Query.query(Criteria.where("chatId").is(chatId)), GroupReport.class);
		this.mongo.updateMulti(Query.query(Criteria.where("reporterId").is(chatId)), new Update().unset("reporterId"),
				GroupReport.class);
	}

}
