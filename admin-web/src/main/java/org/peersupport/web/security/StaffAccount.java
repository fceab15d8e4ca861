package org.peersupport.web.security;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person who signs in to the panel. Changes go through methods that keep the rules; the
 * password hash never leaves this class except to the password check.
 */
@Document("staff_accounts")
public class StaffAccount {

	static final int SCHEMA_VERSION = 1;

	@Id
	private String id;

	@Indexed(unique = true)
	private String username;

	private String passwordHash;

	private PanelRole role;

	private boolean enabled;

	private Set<String> programmes;

	private String language;

	private String zone;

	private Instant createdAt;

	private int schemaVersion;

	@Version
	private Long version;

	protected StaffAccount() {
	}

	private StaffAccount(String username, String passwordHash, PanelRole role, Locale language, ZoneId zone,
			Instant createdAt) {
		this.username = Objects.requireNonNull(username);
		this.passwordHash = Objects.requireNonNull(passwordHash);
		this.role = Objects.requireNonNull(role);
		this.enabled = true;
		this.programmes = new TreeSet<>();
		this.language = language.toLanguageTag();
		this.zone = zone.getId();
		this.createdAt = createdAt;
		this.schemaVersion = SCHEMA_VERSION;
	}

	/** A new, enabled account; {@code username} must already be normalized. */
	public static StaffAccount create(String username, String passwordHash, PanelRole role, Locale language,
			ZoneId zone, Instant createdAt) {
		return new StaffAccount(username, passwordHash, role, language, zone, createdAt);
	}

	public String getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public PanelRole getRole() {
		return this.role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	/** Programmes a moderator is limited to; empty means no limit. */
	public Set<String> getProgrammes() {
		return (this.programmes != null) ? Set.copyOf(this.programmes) : Set.of();
	}

	public Locale getLanguage() {
		return Locale.forLanguageTag(this.language);
	}

	public ZoneId getZone() {
		return ZoneId.of(this.zone);
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public void disable() {
		this.enabled = false;
	}

	public void enable() {
		this.enabled = true;
	}

	public void changePasswordHash(String newHash) {
		this.passwordHash = Objects.requireNonNull(newHash);
	}

	public void limitToProgrammes(Set<String> programmeIds) {
		this.programmes = new TreeSet<>(programmeIds);
	}

	public void preferLanguage(Locale language) {
		this.language = language.toLanguageTag();
	}

	public void useZone(ZoneId zone) {
		this.zone = zone.getId();
	}

	/** The account as the audit log may show it: no password hash. */
	public Map<String, Object> auditView() {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("username", this.username);
		view.put("role", this.role.name());
		view.put("enabled", this.enabled);
		view.put("programmes", String.join(",", getProgrammes().stream().sorted().toList()));
		view.put("language", this.language);
		view.put("zone", this.zone);
		return view;
	}

	/** The signed-in view of this account that pages use. */
	public PanelUser toPanelUser() {
		return new PanelUser(this.id, this.username, this.role, getProgrammes(), getLanguage(), getZone());
	}

}
