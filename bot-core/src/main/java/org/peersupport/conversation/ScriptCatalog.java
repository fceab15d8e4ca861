package org.peersupport.conversation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.peersupport.scripts.DefaultScripts;
import org.peersupport.scripts.LoadResult;
import org.peersupport.scripts.Script;
import org.peersupport.scripts.ScriptLoader;
import org.peersupport.scripts.ScriptProblem;
import org.peersupport.scripts.ScriptValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The scripts the bot runs, with their versions: drafts, the published version of each
 * script, and retired ones that conversations started on still use. Parsed scripts are
 * cached (Caffeine); publishing evicts at once on this instance, others notice within
 * {@code peer.conversation.published-cache-ttl}.
 */
public class ScriptCatalog {

	private static final Logger log = LoggerFactory.getLogger(ScriptCatalog.class);

	private final MongoOperations mongo;

	private final ScriptLoader loader;

	private final Clock clock;

	private final Cache<String, Script> byKey = Caffeine.newBuilder().maximumSize(200).build();

	private final Cache<String, String> publishedKeys;

	private final List<ScriptRequirement> requirements;

	public ScriptCatalog(MongoOperations mongo, Set<String> boundActions, Clock clock, Duration publishedCacheTtl) {
		this(mongo, boundActions, List.of(), clock, publishedCacheTtl);
	}

	/**
	 * A catalog whose drafts must also meet the features' own requirements of the scripts
	 * they run.
	 */
	public ScriptCatalog(MongoOperations mongo, Set<String> boundActions, List<ScriptRequirement> requirements,
			Clock clock, Duration publishedCacheTtl) {
		this.mongo = mongo;
		this.requirements = List.copyOf(requirements);
		this.loader = new ScriptLoader(new ScriptValidator(boundActions, ScriptValidator.DEFAULT_CHOICE_SOURCES));
		this.clock = clock;
		this.publishedKeys = Caffeine.newBuilder().expireAfterWrite(publishedCacheTtl).build();
	}

	/**
	 * Stores the shipped scripts. A script id with no stored version gets the shipped
	 * version, published. A shipped version newer than every stored version of its id (an
	 * upgrade of the service) is stored as a draft, never published over the NGO's own
	 * choice: an admin reviews it in the panel, tries it and publishes it.
	 */
	public void seedDefaults() {
		for (String resource : DefaultScripts.RESOURCES) {
			String yaml = DefaultScripts.read(resource);
			Script script = this.loader.load(yaml, resource).scriptOrThrow();
			Query ofScript = Query.query(Criteria.where("scriptId").is(script.id()));
			StoredScript newest = this.mongo.findOne(ofScript.with(Sort.by(Sort.Direction.DESC, "version")).limit(1),
					StoredScript.class);
			if (newest == null) {
				storeShipped(script, yaml, ScriptStatus.PUBLISHED);
			}
			else if (newest.version() < script.version()) {
				storeShipped(script, yaml, ScriptStatus.DRAFT);
			}
		}
	}

	private void storeShipped(Script script, String yaml, ScriptStatus status) {
		try {
			this.mongo.insert(new StoredScript(script.key(), script.id(), script.version(), yaml, status,
					this.clock.instant(), (status == ScriptStatus.PUBLISHED) ? this.clock.instant() : null,
					StoredScript.SCHEMA_VERSION));
			if (status == ScriptStatus.PUBLISHED) {
				log.info("Published the shipped script {}", script.key());
			}
			else {
				log.info("The service ships a newer version of a script: {} is stored as a draft; "
						+ "review and publish it in the panel (Scripts)", script.key());
			}
		}
		catch (DuplicateKeyException ex) {
			log.debug("Shipped script {} was stored by another instance", script.key());
		}
	}

	/**
	 * Saves a draft: the YAML must load and validate (with the actions this runtime
	 * binds), meet the requirements of the feature that runs it, and its version must not
	 * have been published.
	 */
	public DraftResult saveDraft(String yaml, String sourceName) {
		LoadResult result = this.loader.load(yaml, sourceName);
		List<ScriptProblem> problems = problems(result);
		if (!problems.isEmpty()) {
			return new DraftResult(null, problems);
		}
		Script script = result.scriptOrThrow();
		StoredScript existing = this.mongo.findById(script.key(), StoredScript.class);
		return saveUnpublished(script, yaml, existing);
	}

	/**
	 * Saves a draft as {@link #saveDraft} does, but a version already published or
	 * retired is not refused: the draft gets the next version after the newest stored
	 * one, and its {@code version:} line says so.
	 */
	public DraftResult saveDraftRaisingVersion(String yaml, String sourceName) {
		LoadResult result = this.loader.load(yaml, sourceName);
		List<ScriptProblem> problems = problems(result);
		if (!problems.isEmpty()) {
			return new DraftResult(null, problems);
		}
		Script script = result.scriptOrThrow();
		StoredScript existing = this.mongo.findById(script.key(), StoredScript.class);
		if (existing == null || existing.status() == ScriptStatus.DRAFT) {
			return saveUnpublished(script, yaml, existing);
		}
		for (int attempt = 0; attempt < 3; attempt++) {
			int next = newestVersion(script.id()) + 1;
			Optional<String> raised = VersionLine.raise(yaml, script.version(), next);
			if (raised.isEmpty()) {
				return new DraftResult(null, List.of(alreadyPublished(script, VersionLine.lineOf(yaml))));
			}
			try {
				this.mongo.insert(new StoredScript(StoredScript.key(script.id(), next), script.id(), next, raised.get(),
						ScriptStatus.DRAFT, this.clock.instant(), null, StoredScript.SCHEMA_VERSION));
				return new DraftResult(StoredScript.key(script.id(), next), List.of(), script.version());
			}
			catch (DuplicateKeyException ex) {
				log.debug("Version {} of script {} was stored meanwhile; trying the next", next, script.id());
			}
		}
		return new DraftResult(null, List.of(alreadyPublished(script, VersionLine.lineOf(yaml))));
	}

	/**
	 * Why a loaded script cannot be a draft: it does not load or validate, or it does not
	 * meet a requirement of the feature that runs it. Empty when it can.
	 */
	private List<ScriptProblem> problems(LoadResult result) {
		if (!result.isValid()) {
			return result.problems();
		}
		Script script = result.scriptOrThrow();
		return this.requirements.stream().flatMap((requirement) -> requirement.check(script).stream()).toList();
	}

	private DraftResult saveUnpublished(Script script, String yaml, StoredScript existing) {
		if (existing != null && existing.status() != ScriptStatus.DRAFT) {
			return new DraftResult(null, List.of(alreadyPublished(script, VersionLine.lineOf(yaml))));
		}
		this.mongo.save(new StoredScript(script.key(), script.id(), script.version(), yaml, ScriptStatus.DRAFT,
				(existing != null) ? existing.createdAt() : this.clock.instant(), null, StoredScript.SCHEMA_VERSION));
		this.byKey.invalidate(script.key());
		return new DraftResult(script.key(), List.of());
	}

	private int newestVersion(String scriptId) {
		Query ofScript = Query.query(Criteria.where("scriptId").is(scriptId))
			.with(Sort.by(Sort.Direction.DESC, "version"))
			.limit(1);
		StoredScript newest = this.mongo.findOne(ofScript, StoredScript.class);
		return (newest != null) ? newest.version() : 0;
	}

	private static ScriptProblem alreadyPublished(Script script, int line) {
		return new ScriptProblem("version-published",
				"Version " + script.version() + " of '" + script.id() + "' is already published; increase version",
				line, 1, null, List.of(String.valueOf(script.version()), script.id()));
	}

	/**
	 * Publishes a stored version: new conversations start on it; conversations already
	 * running stay on the version they started with.
	 * @return false if there is no such version
	 */
	public boolean publish(String scriptId, int version) {
		String key = StoredScript.key(scriptId, version);
		StoredScript target = this.mongo.findById(key, StoredScript.class);
		if (target == null) {
			return false;
		}
		this.loader.load(target.source(), key).scriptOrThrow();
		if (target.status() != ScriptStatus.PUBLISHED) {
			this.mongo.updateFirst(
					Query.query(
							Criteria.where("_id").is(key).and("status").in(ScriptStatus.DRAFT, ScriptStatus.RETIRED)),
					new Update().set("status", ScriptStatus.PUBLISHED).set("publishedAt", this.clock.instant()),
					StoredScript.class);
		}
		// The new version is published before the old one retires, so there is always
		// one.
		this.mongo.updateMulti(Query
			.query(Criteria.where("scriptId").is(scriptId).and("status").is(ScriptStatus.PUBLISHED).and("_id").ne(key)),
				new Update().set("status", ScriptStatus.RETIRED), StoredScript.class);
		this.publishedKeys.invalidate(scriptId);
		this.byKey.invalidate(key);
		log.info("Published script {}", key);
		return true;
	}

	/**
	 * Publishes again the version that was published before the current one and is older
	 * than it: repeated roll-backs step back through the history, and after rolling back
	 * to the first published version there is nothing left to roll back to.
	 * @return the version now published, or empty if there was none before
	 */
	public Optional<Integer> rollback(String scriptId) {
		Optional<StoredScript> target = rollbackTarget(scriptId);
		target.ifPresent((previous) -> publish(scriptId, previous.version()));
		return target.map(StoredScript::version);
	}

	/**
	 * The version {@link #rollback} would publish: of the retired versions older than the
	 * published one, the one published last.
	 */
	public Optional<StoredScript> rollbackTarget(String scriptId) {
		StoredScript current = publishedEntry(scriptId).orElse(null);
		Criteria retired = Criteria.where("scriptId").is(scriptId).and("status").is(ScriptStatus.RETIRED);
		if (current != null) {
			retired = retired.and("version").lt(current.version());
		}
		Query query = Query.query(retired).with(Sort.by(Sort.Direction.DESC, "publishedAt", "version")).limit(1);
		return Optional.ofNullable(this.mongo.findOne(query, StoredScript.class));
	}

	/**
	 * The version of a script new conversations start on, as stored, if one is published.
	 */
	public Optional<StoredScript> publishedVersion(String scriptId) {
		return publishedEntry(scriptId);
	}

	/**
	 * The published version of a script.
	 * @throws IllegalStateException if none is published
	 */
	public Script published(String scriptId) {
		String key = this.publishedKeys.get(scriptId, (id) -> publishedEntry(id).map(StoredScript::key).orElse(null));
		if (key == null) {
			// A store emptied after start (or a new shipped script) gets the shipped
			// versions.
			seedDefaults();
			key = this.publishedKeys.get(scriptId, (id) -> publishedEntry(id).map(StoredScript::key).orElse(null));
		}
		if (key == null) {
			throw new IllegalStateException("No published version of script '" + scriptId + "'");
		}
		return byKey(key);
	}

	/**
	 * A stored version (published, retired or draft) of a script.
	 * @throws IllegalStateException if it is not stored
	 */
	public Script version(String scriptId, int version) {
		return byKey(StoredScript.key(scriptId, version));
	}

	/** The ids of every stored script, sorted. */
	public List<String> scriptIds() {
		return this.mongo.findDistinct(new Query(), "scriptId", StoredScript.class, String.class)
			.stream()
			.sorted()
			.toList();
	}

	/** The published version of each script, as stored. */
	public List<StoredScript> publishedVersions() {
		return this.mongo.find(Query.query(Criteria.where("status").is(ScriptStatus.PUBLISHED)), StoredScript.class);
	}

	/** One stored version as stored (published, retired or draft), if there is one. */
	public Optional<StoredScript> stored(String scriptId, int version) {
		return Optional.ofNullable(this.mongo.findById(StoredScript.key(scriptId, version), StoredScript.class));
	}

	/**
	 * Stores a version exactly as another catalog holds it (replacing a stored version
	 * with its key) and publishes it here: the sandbox engine's copy of production's
	 * published scripts.
	 * @throws IllegalStateException if the version does not load here
	 */
	public void publishCopy(StoredScript version) {
		this.mongo.save(version);
		this.byKey.invalidate(version.key());
		publish(version.scriptId(), version.version());
	}

	/** Every stored version of a script, newest first. */
	public List<StoredScript> versions(String scriptId) {
		return this.mongo.find(
				Query.query(Criteria.where("scriptId").is(scriptId)).with(Sort.by(Sort.Direction.DESC, "version")),
				StoredScript.class);
	}

	private Script byKey(String key) {
		return this.byKey.get(key, (k) -> {
			StoredScript stored = this.mongo.findById(k, StoredScript.class);
			if (stored == null) {
				throw new IllegalStateException("No stored script " + k);
			}
			return this.loader.load(stored.source(), k).scriptOrThrow();
		});
	}

	private Optional<StoredScript> publishedEntry(String scriptId) {
		Query query = Query.query(Criteria.where("scriptId").is(scriptId).and("status").is(ScriptStatus.PUBLISHED))
			.with(Sort.by(Sort.Direction.DESC, "publishedAt"))
			.limit(1);
		return Optional.ofNullable(this.mongo.findOne(query, StoredScript.class));
	}

}
