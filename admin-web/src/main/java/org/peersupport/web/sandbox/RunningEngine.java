package org.peersupport.web.sandbox;

import java.util.List;

import org.peersupport.conversation.ConversationRuntime;
import org.peersupport.conversation.DraftResult;
import org.peersupport.conversation.ScriptCatalog;
import org.peersupport.conversation.ScriptStatus;
import org.peersupport.conversation.StoredScript;
import org.peersupport.sandbox.BotApiEmulator;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * One started sandbox engine: a second application context in this JVM with bot-core's
 * bot, its own emulator and its own in-memory store.
 *
 * <p>
 * A plain {@link AnnotationConfigApplicationContext} rather than a
 * {@code SpringApplication}: the engine must see exactly the properties it is given.
 * {@code SpringApplication} would read application.yml and the system environment, run
 * the environment post-processors (which map {@code MONGODB_URI}), initialise logging
 * again and register a shutdown hook; each of those would have to be switched off, and
 * one missed would leak production settings into the sandbox.
 */
final class RunningEngine implements AutoCloseable {

	private final AnnotationConfigApplicationContext context;

	private RunningEngine(AnnotationConfigApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts an engine and gives it production's published scripts.
	 * @param name a name unique in this JVM
	 */
	static RunningEngine start(String name, ConfigurableEnvironment environment, List<StoredScript> published) {
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		context.setId(name);
		context.setDisplayName(name);
		context.setEnvironment(environment);
		context.register(EngineApplication.class);
		try {
			context.refresh();
			RunningEngine engine = new RunningEngine(context);
			engine.publish(published);
			return engine;
		}
		catch (RuntimeException ex) {
			context.close();
			throw ex;
		}
	}

	/** The engine's application context. */
	ConfigurableApplicationContext context() {
		return this.context;
	}

	BotApiEmulator emulator() {
		return this.context.getBean(BotApiEmulator.class);
	}

	ConversationRuntime runtime() {
		return this.context.getBean(ConversationRuntime.class);
	}

	/** The engine's own script catalog. */
	private ScriptCatalog catalog() {
		return this.context.getBean(ScriptCatalog.class);
	}

	/**
	 * Stores each version as it is in production and publishes it here, retiring the
	 * shipped version the engine seeded at start.
	 */
	private void publish(List<StoredScript> published) {
		ScriptCatalog catalog = catalog();
		for (StoredScript version : published) {
			catalog.publishCopy(version);
		}
	}

	/**
	 * Makes a version of production's catalog available here for a trial: a draft is
	 * saved as a draft (validated, never published); a version the engine holds with the
	 * same text is used as it is.
	 * @throws IllegalStateException if the engine holds a published version of that key
	 * with another text, or the version does not load
	 */
	void copyForTrial(StoredScript version) {
		StoredScript existing = catalog().stored(version.scriptId(), version.version()).orElse(null);
		if (existing != null && existing.source().equals(version.source())) {
			return;
		}
		if (existing != null && existing.status() != ScriptStatus.DRAFT) {
			throw new IllegalStateException("The sandbox engine holds another text of " + version.key() + " as "
					+ existing.status() + "; reset the sandbox");
		}
		DraftResult result = catalog().saveDraft(version.source(), "sandbox trial of " + version.key());
		if (!result.saved() || !version.key().equals(result.key())) {
			throw new IllegalStateException("Version " + version.key() + " does not load in the sandbox engine ("
					+ result.problems().size() + " problems)");
		}
	}

	@Override
	public void close() {
		this.context.close();
	}

}
