package org.peersupport.participants;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Pseudonymous references to people for alerts, logs and ids ({@code P-3fQ9x1Kd}), so a
 * moderator's alert or a log line never carries a Telegram id or a name. A reference is
 * random, made the first time a person needs one and kept with their chat id (collection
 * {@code person_refs}) until they are erased: after that nothing stored leads from the
 * chat id to the reference, and a person who comes back gets a new one.
 */
public class PersonRefs {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int MAX_TRIES = 5;

	private final MongoOperations mongo;

	private final Clock clock;

	public PersonRefs(MongoOperations mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** The reference of the person in a private chat, made now if they have none. */
	public String of(long chatId) {
		for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
			Optional<String> existing = existing(chatId);
			if (existing.isPresent()) {
				return existing.get();
			}
			byte[] random = new byte[6];
			RANDOM.nextBytes(random);
			String ref = "P-" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			if (store(chatId, ref)) {
				return ref;
			}
		}
		throw new IllegalStateException("No free person reference after " + MAX_TRIES + " tries");
	}

	/** The person's reference, if they have one. */
	public Optional<String> existing(long chatId) {
		return Optional.ofNullable(this.mongo.findById(chatId, StoredRef.class)).map(StoredRef::ref);
	}

	/** The private chat of the person with this reference, if it names someone. */
	public Optional<Long> chatOf(String ref) {
		return Optional.ofNullable(this.mongo.findOne(Query.query(Criteria.where("ref").is(ref)), StoredRef.class))
			.map(StoredRef::chatId);
	}

	/** Forgets the person's reference (erasure). */
	public void forget(long chatId) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(chatId)), StoredRef.class);
	}

	/**
	 * Keeps the references that earlier versions derived from the chat id with a key
	 * (HMAC-SHA256), for the people given, so that ids and alerts already made with them
	 * still name the same people; the key can then be dropped. People who have a stored
	 * reference keep it.
	 */
	void keepDerived(byte[] key, Collection<Long> chatIds) {
		SecretKeySpec spec = new SecretKeySpec(key, "HmacSHA256");
		for (long chatId : chatIds) {
			if (existing(chatId).isEmpty()) {
				store(chatId, derived(spec, chatId));
			}
		}
	}

	/** The reference earlier versions derived from the chat id. */
	static String derived(SecretKeySpec key, long chatId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			byte[] digest = mac.doFinal(("person:" + chatId).getBytes(StandardCharsets.UTF_8));
			return "P-" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/**
	 * Stores a reference; false if it is another person's already or this person got one
	 * meanwhile (either way: look again).
	 */
	private boolean store(long chatId, String ref) {
		try {
			this.mongo.insert(new StoredRef(chatId, ref, this.clock.instant(), StoredRef.SCHEMA_VERSION));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * A person's reference.
	 *
	 * @param chatId the person's private chat
	 * @param ref the reference
	 * @param createdAt when it was made
	 * @param schemaVersion the document's schema version
	 */
	@Document("person_refs")
	record StoredRef(@Id long chatId, @Indexed(unique = true) String ref, Instant createdAt, int schemaVersion) {

		static final int SCHEMA_VERSION = 1;

	}

}
