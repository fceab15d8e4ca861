package org.peersupport.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peersupport.messaging.InboundEvent;
import org.peersupport.scripts.Script;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The state of the conversation in one private chat: which script version it runs, the
 * step it waits at and the answers stored so far. Changes only through its methods; saved
 * with optimistic locking.
 */
@Document("conversations")
@CompoundIndex(name = "status_activity", def = "{'status': 1, 'lastActivityAt': 1}")
public class Conversation {

	/**
	 * The schema version written by this code: 2 remembers the receipt of the last update
	 * handled; 1 had only its update id ({@code lastUpdateId}).
	 */
	public static final int SCHEMA_VERSION = 2;

	@Id
	private long chatId;

	private int run;

	private String scriptId;

	private int scriptVersion;

	private String stepId;

	private String locale;

	private Map<String, Object> fields = new LinkedHashMap<>();

	private List<String> selection = new ArrayList<>();

	private int rejections;

	private ConversationStatus status;

	private String promptEntryId;

	private String consentVersion;

	private Instant consentedAt;

	/** Schema 1 only: the update id of the last update handled. */
	private long lastUpdateId;

	private String lastReceipt;

	private Instant startedAt;

	/** Whether it began from a feature's prompt answered by a press. */
	private boolean fromPrompt;

	private Instant lastActivityAt;

	@Version
	private Long version;

	private int schemaVersion = SCHEMA_VERSION;

	Conversation() {
	}

	static Conversation create(long chatId) {
		Conversation conversation = new Conversation();
		conversation.chatId = chatId;
		return conversation;
	}

	/** Starts (or restarts) the chat's conversation on a script, at its first step. */
	void begin(Script script, String locale, Map<String, Object> preset, Instant now) {
		this.run++;
		this.scriptId = script.id();
		this.scriptVersion = script.version();
		this.stepId = script.firstStep().id();
		this.locale = locale;
		this.fields = new LinkedHashMap<>(preset);
		this.selection = new ArrayList<>();
		this.rejections = 0;
		this.status = ConversationStatus.ACTIVE;
		this.promptEntryId = null;
		this.consentVersion = null;
		this.consentedAt = null;
		this.startedAt = now;
		this.lastActivityAt = now;
		this.fromPrompt = false;
	}

	/**
	 * Marks a conversation just begun as one a feature's prompt started (the person
	 * pressed its button), not one the person asked for.
	 */
	void beganFromPrompt() {
		this.fromPrompt = true;
	}

	/** Whether a feature's prompt, answered by a press, started it. */
	boolean fromPrompt() {
		return this.fromPrompt;
	}

	/**
	 * Whether this update was already handled (its replies are stored). A chat's updates
	 * are handled one at a time, in order, so only the last one handled can come again
	 * (after a crash before its done mark): an equal receipt is the one test needed.
	 * Update ids prove nothing: Telegram reuses them.
	 */
	boolean handled(InboundEvent event) {
		return event.receipt().equals(lastReceipt());
	}

	/** Records that an update was handled, as part of the state it produced. */
	void markHandled(InboundEvent event, Instant now) {
		this.lastReceipt = event.receipt();
		this.lastUpdateId = 0;
		this.schemaVersion = SCHEMA_VERSION;
		this.lastActivityAt = now;
	}

	void moveTo(String stepId) {
		this.stepId = stepId;
		this.rejections = 0;
		this.selection = new ArrayList<>();
	}

	void store(String field, Object value) {
		this.fields.put(field, value);
	}

	void changeLocale(String locale) {
		this.locale = locale;
	}

	void recordConsent(String consentVersion, Instant at) {
		if (this.consentedAt == null) {
			this.consentVersion = consentVersion;
			this.consentedAt = at;
		}
	}

	int reject() {
		return ++this.rejections;
	}

	void resetRejections() {
		this.rejections = 0;
	}

	/** Adds the value to a multiple choice in progress, or takes it out again. */
	void toggle(String value) {
		if (!this.selection.remove(value)) {
			this.selection.add(value);
		}
	}

	void promptSent(String entryId) {
		this.promptEntryId = entryId;
	}

	void finish() {
		this.status = ConversationStatus.FINISHED;
		this.promptEntryId = null;
	}

	void cancel() {
		requireOpen("cancel");
		this.status = ConversationStatus.CANCELLED;
		this.promptEntryId = null;
	}

	/** Stops asking until the person writes again or sends /start. */
	void pause() {
		requireOpen("pause");
		this.status = ConversationStatus.PAUSED;
	}

	void resume() {
		requireOpen("resume");
		this.status = ConversationStatus.ACTIVE;
	}

	private void requireOpen(String action) {
		if (!this.status.isOpen()) {
			throw new IllegalStateException("Cannot " + action + " a conversation that is " + this.status);
		}
	}

	public long chatId() {
		return this.chatId;
	}

	/** How many conversations this chat has started, this one included. */
	public int run() {
		return this.run;
	}

	public String scriptId() {
		return this.scriptId;
	}

	public int scriptVersion() {
		return this.scriptVersion;
	}

	public String stepId() {
		return this.stepId;
	}

	/** The bot language of the conversation, e.g. {@code uk}. */
	public String locale() {
		return this.locale;
	}

	/** The answers stored so far (text, or lists of text), by field. */
	public Map<String, Object> fields() {
		return Collections.unmodifiableMap(this.fields);
	}

	/** The values chosen so far in a multiple choice that is not done yet. */
	public List<String> selection() {
		return Collections.unmodifiableList(this.selection);
	}

	public int rejections() {
		return this.rejections;
	}

	public ConversationStatus status() {
		return this.status;
	}

	String promptEntryId() {
		return this.promptEntryId;
	}

	/**
	 * The consent text accepted in this conversation ({@code script@version}), or null.
	 */
	public String consentVersion() {
		return this.consentVersion;
	}

	public Instant consentedAt() {
		return this.consentedAt;
	}

	public Instant startedAt() {
		return this.startedAt;
	}

	public Instant lastActivityAt() {
		return this.lastActivityAt;
	}

	/**
	 * The receipt of the last update handled, or null. For a conversation stored by
	 * schema 1, the receipt its last update had then ({@code u<updateId>}).
	 */
	String lastReceipt() {
		if (this.lastReceipt == null && this.lastUpdateId > 0) {
			return "u" + this.lastUpdateId;
		}
		return this.lastReceipt;
	}

	Long version() {
		return this.version;
	}

	@Override
	public String toString() {
		// No field values: logs must not carry personal data.
		return "Conversation[chat=" + this.chatId + ", " + this.scriptId + "@" + this.scriptVersion + ", step="
				+ this.stepId + ", " + this.status + "]";
	}

}
