package org.peersupport.web.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * What was typed on each sandbox phone, so the phone shows the user's own messages
 * between the bot's, as a chat app does. The emulator keeps only the bot's texts; the
 * message ids of both sides come from one counter per chat, so they order the
 * conversation. Kept in memory only, the newest {@value #KEPT_PER_PHONE} per phone, and
 * forgotten on a sandbox reset.
 */
@Component
class SandboxTyped {

	static final int KEPT_PER_PHONE = 200;

	private final Map<Long, List<Typed>> byPhone = new ConcurrentHashMap<>();

	void record(long userId, long messageId, String text) {
		record(userId, messageId, text, null);
	}

	/** Media the user sent, with its caption (null for none). */
	void record(long userId, long messageId, String text, String media) {
		this.byPhone.compute(userId, (id, typed) -> {
			List<Typed> kept = (typed != null) ? new ArrayList<>(typed) : new ArrayList<>();
			kept.add(new Typed(messageId, text, media));
			if (kept.size() > KEPT_PER_PHONE) {
				kept.remove(0);
			}
			return List.copyOf(kept);
		});
	}

	List<Typed> on(long userId) {
		return this.byPhone.getOrDefault(userId, List.of());
	}

	void forgetAll() {
		this.byPhone.clear();
	}

	/**
	 * A text or media the user sent.
	 *
	 * @param messageId its id in the private chat
	 * @param text what was typed (a media's caption, or null for none)
	 * @param media the kind of media (photo …), or null for a text
	 */
	record Typed(long messageId, String text, String media) {
	}

}
