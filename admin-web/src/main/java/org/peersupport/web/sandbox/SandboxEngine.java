package org.peersupport.web.sandbox;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.conversation.ScriptCatalog;
import org.peersupport.conversation.StoredScript;
import org.peersupport.sandbox.BotApiEmulator;

import org.springframework.context.ApplicationContext;

/**
 * The sandbox when the service runs a real bot: a separate training bot (the sandbox
 * engine) with its own emulator and its own in-memory database, started on first use and
 * closed with the panel. Production's published scripts are copied in when it starts, and
 * a tried version when it is tried; nothing else crosses either way.
 */
final class SandboxEngine implements Sandbox, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SandboxEngine.class);

	/** Engines started in this JVM, for unique context and Quartz scheduler names. */
	private static final AtomicInteger STARTED = new AtomicInteger();

	private final EngineSettings settings;

	private final ScriptCatalog production;

	private RunningEngine running;

	private boolean closed;

	/**
	 * @param settings what the engine is configured with
	 * @param production production's script catalog, read only for its published scripts
	 */
	SandboxEngine(EngineSettings settings, ScriptCatalog production) {
		this.settings = settings;
		this.production = production;
	}

	@Override
	public Kind kind() {
		return Kind.ENGINE;
	}

	@Override
	public synchronized BotApiEmulator emulator() {
		return running().emulator();
	}

	@Override
	public synchronized void startDraft(long chatId, StoredScript version, String locale) {
		RunningEngine engine = running();
		engine.copyForTrial(version);
		// Makes the phone's private chat known to the emulator without an update.
		engine.emulator().users().unblock(chatId);
		engine.runtime().startDraft(chatId, version.scriptId(), version.version(), locale);
	}

	/**
	 * Closes the engine; the next use starts a fresh one (new database, new emulator).
	 */
	@Override
	public synchronized void reset() {
		stop();
	}

	/** Whether an engine is running now. */
	synchronized boolean isRunning() {
		return this.running != null;
	}

	/** The running engine's application context (started if need be), for tests. */
	synchronized ApplicationContext engineContext() {
		return running().context();
	}

	@Override
	public synchronized void close() {
		this.closed = true;
		stop();
	}

	private RunningEngine running() {
		if (this.closed) {
			throw new IllegalStateException("The sandbox engine is closed");
		}
		if (this.running == null) {
			String name = "peer-sandbox-engine-" + STARTED.incrementAndGet();
			long started = System.nanoTime();
			List<StoredScript> published = this.production.publishedVersions();
			try {
				this.running = RunningEngine.start(name, this.settings.environment(name), published);
			}
			catch (RuntimeException ex) {
				log.error("Sandbox engine {} could not start", name, ex);
				throw new SandboxUnavailableException(ex);
			}
			log.info("Sandbox engine {} started in {} ms with {} published scripts; its emulator listens on {}", name,
					(System.nanoTime() - started) / 1_000_000, published.size(), this.running.emulator().baseUrl());
		}
		return this.running;
	}

	private void stop() {
		RunningEngine engine = this.running;
		this.running = null;
		if (engine != null) {
			engine.close();
			log.info("Sandbox engine stopped");
		}
	}

}
