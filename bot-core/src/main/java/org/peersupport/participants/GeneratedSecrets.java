package org.peersupport.participants;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Secrets the bot makes for itself at first start and keeps in the store (collection
 * {@code secrets}), so every instance and every restart uses the same one.
 */
public class GeneratedSecrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MongoOperations mongo;

	public GeneratedSecrets(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/** The secret with this name: 32 random bytes, made and stored on first use. */
	public byte[] secret(String name) {
		StoredSecret stored = this.mongo.findById(name, StoredSecret.class);
		if (stored == null) {
			byte[] fresh = new byte[32];
			RANDOM.nextBytes(fresh);
			try {
				this.mongo.insert(new StoredSecret(name, Base64.getEncoder().encodeToString(fresh)));
			}
			catch (DuplicateKeyException ex) {
				// Another instance made it first: use theirs.
			}
			stored = this.mongo.findById(name, StoredSecret.class);
		}
		return Base64.getDecoder().decode(stored.value());
	}

	/** The secret with this name, if it was made. */
	public Optional<byte[]> existing(String name) {
		return Optional.ofNullable(this.mongo.findById(name, StoredSecret.class))
			.map((stored) -> Base64.getDecoder().decode(stored.value()));
	}

	/** Drops the secret with this name. */
	public void forget(String name) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(name)), StoredSecret.class);
	}

	/** A stored secret. */
	@Document("secrets")
	record StoredSecret(@Id String name, String value) {
	}

}
