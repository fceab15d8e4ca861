package org.peersupport.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pushes updates, in order, to the webhook the bot set; retries a failed delivery with a
 * short backoff before moving on to the next update.
 */
final class WebhookPusher implements Runnable {

	private static final Log logger = LogFactory.getLog(WebhookPusher.class);

	private static final long MIN_BACKOFF_MILLIS = 20;

	private static final long MAX_BACKOFF_MILLIS = 1000;

	private final EmulatorState state;

	private final JsonMapper json;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private volatile Target target;

	private volatile String lastError;

	private volatile long lastErrorDate;

	private volatile boolean running = true;

	WebhookPusher(EmulatorState state, JsonMapper json) {
		this.state = state;
		this.json = json;
	}

	void target(String url, String secret) {
		synchronized (this) {
			this.target = (url == null || url.isEmpty()) ? null : new Target(URI.create(url), secret);
			notifyAll();
		}
		this.state.updates.wakeUp();
	}

	Target target() {
		return this.target;
	}

	String lastError() {
		return this.lastError;
	}

	long lastErrorDate() {
		return this.lastErrorDate;
	}

	void stop() {
		synchronized (this) {
			this.running = false;
			notifyAll();
		}
		this.state.updates.wakeUp();
	}

	private synchronized void awaitTarget() throws InterruptedException {
		while (this.running && this.target == null) {
			wait();
		}
	}

	@Override
	public void run() {
		long backoff = MIN_BACKOFF_MILLIS;
		while (this.running) {
			try {
				awaitTarget();
				Target current = this.target;
				ObjectNode update = (current != null) ? this.state.updates.first(500) : null;
				if (current == null || update == null) {
					continue;
				}
				Boolean delivered = deliverUnlessChanged(current, update);
				if (delivered == null) {
					continue;
				}
				if (delivered) {
					backoff = MIN_BACKOFF_MILLIS;
				}
				else {
					this.state.stats.countWebhookFailure();
					Thread.sleep(backoff);
					backoff = Math.min(MAX_BACKOFF_MILLIS, backoff * 2);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * Deliver and confirm while holding the monitor, so that a webhook change waits for a
	 * delivery in flight and no update goes to a webhook that is gone.
	 * @return null if the target changed meanwhile, else whether the receiver took it
	 */
	private synchronized Boolean deliverUnlessChanged(Target current, ObjectNode update) throws InterruptedException {
		if (this.target != current) {
			return null;
		}
		if (!deliver(current, update)) {
			return false;
		}
		this.state.updates.confirm(update.path("update_id").asLong());
		this.state.stats.countWebhookDelivery();
		return true;
	}

	private boolean deliver(Target current, ObjectNode update) throws InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(current.url())
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(this.json.writeValueAsBytes(update)));
		if (current.secret() != null && !current.secret().isEmpty()) {
			request.header("X-Telegram-Bot-Api-Secret-Token", current.secret());
		}
		try {
			HttpResponse<Void> response = this.http.send(request.build(), HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() / 100 == 2) {
				return true;
			}
			failed("Wrong response from the webhook: " + response.statusCode());
		}
		catch (IOException ex) {
			failed("Connection failed: " + ex.getClass().getSimpleName());
			logger.debug("Webhook delivery failed", ex);
		}
		return false;
	}

	private void failed(String message) {
		this.lastError = message;
		this.lastErrorDate = Instant.now(this.state.clock).getEpochSecond();
	}

	/**
	 * Where to push and the secret to send along.
	 */
	record Target(URI url, String secret) {

		@Override
		public String toString() {
			return "Target[url=" + this.url + "]";
		}

	}

}
