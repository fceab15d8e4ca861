package org.peersupport.groups.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Members' conduct in their groups. A post is counted and a warning given once per update
 * (keyed by its receipt), so handling an update again counts nothing twice.
 */
class Conducts {

	/** Warnings older than this are dropped when a new one is given. */
	static final Duration KEPT = Duration.ofDays(30);

	private final MongoOperations mongo;

	Conducts(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * Counts a post and tells how many of the member's posts arrived within the window up
	 * to it (this one included). Only the group's own updates count posts, one at a time
	 * (a chat's updates are handled in order), so a read and a write suffice.
	 */
	int countPost(long groupChatId, long userId, String receipt, Instant at, Duration window) {
		Conduct conduct = find(groupChatId, userId);
		List<Conduct.Post> posts = new ArrayList<>();
		for (Conduct.Post post : conduct.posts()) {
			if (!post.at().isBefore(at.minus(window)) && !post.receipt().equals(receipt)) {
				posts.add(post);
			}
		}
		posts.add(new Conduct.Post(receipt, at));
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(conduct.id())), new Update().set("posts", posts),
				Conduct.class);
		return (int) posts.stream().filter((p) -> !p.at().isAfter(at)).count();
	}

	/**
	 * Gives a warning, once for the update, and tells how many warnings the member has
	 * within the period up to it (this one included).
	 */
	int warn(long groupChatId, long userId, Conduct.Warning warning, Duration period) {
		String id = find(groupChatId, userId).id();
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("warnings.receipt").ne(warning.receipt())),
				new Update().push("warnings", warning), Conduct.class);
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
				new Update().pull("warnings", Query.query(Criteria.where("at").lt(warning.at().minus(KEPT)))),
				Conduct.class);
		return (int) find(groupChatId, userId).warnings()
			.stream()
			.filter((w) -> !w.at().isBefore(warning.at().minus(period)) && !w.at().isAfter(warning.at()))
			.count();
	}

	/** The bot muted the member in the group until then (a later mute replaces it). */
	void muted(long groupChatId, long userId, Instant until) {
		String id = find(groupChatId, userId).id();
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
				new Update().set("mutedUntil", until).set("schemaVersion", Conduct.SCHEMA_VERSION), Conduct.class);
	}

	/**
	 * The group moved to a new chat id: its members' records move with it, joined with
	 * any the new id has already (each post and warning once). Safe to run twice.
	 */
	void migrate(long fromChatId, long toChatId) {
		for (Conduct old : this.mongo.find(Query.query(Criteria.where("groupChatId").is(fromChatId)), Conduct.class)) {
			Conduct moved = find(toChatId, old.chatId());
			List<Conduct.Post> posts = new ArrayList<>(moved.posts());
			old.posts()
				.stream()
				.filter((p) -> moved.posts().stream().noneMatch((q) -> q.receipt().equals(p.receipt())))
				.forEach(posts::add);
			posts.sort(java.util.Comparator.comparing(Conduct.Post::at));
			List<Conduct.Warning> warnings = new ArrayList<>(moved.warnings());
			old.warnings()
				.stream()
				.filter((w) -> moved.warnings().stream().noneMatch((v) -> v.receipt().equals(w.receipt())))
				.forEach(warnings::add);
			warnings.sort(java.util.Comparator.comparing(Conduct.Warning::at));
			Instant muted = later(old.mutedUntil(), moved.mutedUntil());
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(moved.id())),
					new Update().set("posts", posts)
						.set("warnings", warnings)
						.set("mutedUntil", muted)
						.set("schemaVersion", Conduct.SCHEMA_VERSION),
					Conduct.class);
			this.mongo.remove(Query.query(Criteria.where("_id").is(old.id())), Conduct.class);
		}
	}

	private static Instant later(Instant a, Instant b) {
		if (a == null) {
			return b;
		}
		return (b == null || a.isAfter(b)) ? a : b;
	}

	/** The member's record in the group, created empty if there is none. */
	Conduct find(long groupChatId, long userId) {
		String id = Conduct.idOf(groupChatId, userId);
		Conduct conduct = this.mongo.findById(id, Conduct.class);
		if (conduct != null) {
			return conduct;
		}
		try {
			return this.mongo
				.insert(new Conduct(id, userId, groupChatId, List.of(), List.of(), null, Conduct.SCHEMA_VERSION));
		}
		catch (DuplicateKeyException ex) {
			return this.mongo.findById(id, Conduct.class);
		}
	}

	/** The person's records in every group. */
	List<Conduct> of(long userId) {
		return this.mongo.find(Query.query(Criteria.where("chatId").is(userId)), Conduct.class);
	}

	/** Removes everything kept about the person; safe to run twice. */
	void erase(long userId) {
		this.mongo.remove(Query.query(Criteria.where("chatId").is(userId)), Conduct.class);
	}

}
