package org.peersupport.web.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peersupport.web.security.PanelRole;
import org.peersupport.web.security.PanelUser;
import org.peersupport.web.security.ProgrammeScope;
import org.peersupport.web.support.MongoTemplates;
import org.peersupport.web.support.MutableClock;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AuditLogTests {

	private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

	private final MongoTemplates mongo = new MongoTemplates();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T23:30:00Z"));

	private final AuditLog auditLog = new AuditLog(this.mongo.template(), this.clock);

	private final PanelUser anna = new PanelUser("id-anna", "anna", PanelRole.ADMIN, Set.of(), Locale.ENGLISH, WARSAW);

	private final PanelUser boris = new PanelUser("id-boris", "boris", PanelRole.MODERATOR, Set.of(), Locale.ENGLISH,
			WARSAW);

	@AfterEach
	void tearDown() {
		this.mongo.close();
	}

	@Test
	void entriesAreFoundByPersonAndObjectNewestFirst() {
		this.auditLog.record(this.anna, "staff.created", "staff-account", "s1", Map.of(), Map.of("enabled", true));
		this.clock.advance(Duration.ofMinutes(1));
		this.auditLog.record(this.anna, "staff.disabled", "staff-account", "s1", Map.of("enabled", true),
				Map.of("enabled", false));
		this.auditLog.record(this.boris, "account.zone-changed", "staff-account", "s2", Map.of(), Map.of());

		Page<AuditEntry> annas = search(new AuditSearch("Anna", null, null, "s1", null, null, null, null));

		assertThat(annas.getContent()).extracting(AuditEntry::action)
			.containsExactly("staff.disabled", "staff.created");
		assertThat(annas.getContent().get(0).before()).containsEntry("enabled", "true");
		assertThat(annas.getContent().get(0).after()).containsEntry("enabled", "false");
		assertThat(annas.getContent().get(0).actorId()).isEqualTo("id-anna");
	}

	@Test
	void datesAreWholeDaysInTheViewersZone() {
		// 23:30 UTC on 2 March is already 00:30 on 3 March in Warsaw (UTC+1).
		this.auditLog.record(this.anna, "staff.created", "staff-account", "s1", Map.of(), Map.of());

		assertThat(search(new AuditSearch(null, null, null, null, null, LocalDate.of(2026, 3, 3),
				LocalDate.of(2026, 3, 3), null)))
			.hasSize(1);
		assertThat(search(new AuditSearch(null, null, null, null, null, null, LocalDate.of(2026, 3, 2), null)))
			.isEmpty();
	}

	@Test
	void pagesHoldTheRequestedSizeAndCountEverything() {
		for (int i = 0; i < 5; i++) {
			this.auditLog.record(this.anna, "staff.enabled", "staff-account", "s" + i, Map.of(), Map.of());
		}

		Page<AuditEntry> second = this.auditLog.search(AuditSearch.everything(), ProgrammeScope.unlimited(), WARSAW,
				PageRequest.of(1, 2));

		assertThat(second.getContent()).hasSize(2);
		assertThat(second.getTotalElements()).isEqualTo(5);
		assertThat(second.getTotalPages()).isEqualTo(3);
	}

	@Test
	void aLimitedScopeSeesOnlyEntriesOfItsProgrammes() {
		this.auditLog.record(this.boris, "volunteer.approved", "volunteer", "V-a", "recovery", Map.of(), Map.of());
		this.auditLog.record(this.boris, "volunteer.approved", "volunteer", "V-b", "circles", Map.of(), Map.of());
		this.auditLog.record(this.anna, "staff.created", "staff-account", "s1", Map.of(), Map.of());

		assertThat(this.auditLog
			.search(AuditSearch.everything(), ProgrammeScope.limitedTo(Set.of("recovery")), WARSAW,
					PageRequest.of(0, 10))
			.getContent()).extracting(AuditEntry::objectId).containsExactly("V-a");
		assertThat(this.auditLog
			.search(new AuditSearch(null, null, null, "V-b", null, null, null, null),
					ProgrammeScope.limitedTo(Set.of("recovery")), WARSAW, PageRequest.of(0, 10))
			.getTotalElements()).isZero();
		assertThat(search(AuditSearch.everything()).getContent()).extracting(AuditEntry::programme)
			.containsExactlyInAnyOrder("recovery", "circles", null);
	}

	@Test
	void entriesAreFoundByActionAndProgrammeAndSandboxNoiseOnlyWhenAskedFor() {
		this.auditLog.record(this.boris, "volunteer.approved", "volunteer", "V-a", "recovery", Map.of(), Map.of());
		this.auditLog.record(this.boris, "volunteer.approved", "volunteer", "V-b", "circles", Map.of(), Map.of());
		this.auditLog.record(this.boris, "volunteer.rejected", "volunteer", "V-c", "recovery", Map.of(), Map.of());
		this.auditLog.record(this.boris, "sandbox.pressed", "sandbox-user", "1001", Map.of(), Map.of());
		this.auditLog.record(this.boris, "sandbox.sent", "sandbox-user", "1001", Map.of(), Map.of());
		this.auditLog.record(this.boris, "sandbox.reset", "sandbox", "emulator", Map.of(), Map.of());

		assertThat(search(new AuditSearch(null, "volunteer.approved", null, null, null, null, null, null)))
			.extracting(AuditEntry::objectId)
			.containsExactlyInAnyOrder("V-a", "V-b");
		assertThat(search(new AuditSearch(null, null, null, null, "recovery", null, null, null)))
			.extracting(AuditEntry::objectId)
			.containsExactlyInAnyOrder("V-a", "V-c");
		assertThat(search(new AuditSearch("boris", null, null, null, null, null, null, null)))
			.extracting(AuditEntry::action)
			.doesNotContain("sandbox.pressed", "sandbox.sent")
			.contains("sandbox.reset")
			.hasSize(4);
		assertThat(search(new AuditSearch("boris", null, null, null, null, null, null, true))).hasSize(6);
		assertThat(search(new AuditSearch(null, "sandbox.sent", null, null, null, null, null, null)))
			.extracting(AuditEntry::action)
			.containsExactly("sandbox.sent");
	}

	@Test
	void theFiltersOfferOnlyWhatTheScopesEntriesHold() {
		this.auditLog.record(this.boris, "volunteer.approved", "volunteer", "V-a", "recovery", Map.of(), Map.of());
		this.auditLog.record(this.anna, "volunteer.rejected", "volunteer", "V-b", "circles", Map.of(), Map.of());
		this.auditLog.record(this.anna, "staff.created", "staff-account", "s1", Map.of(), Map.of());

		AuditChoices recovery = this.auditLog.choices(ProgrammeScope.limitedTo(Set.of("recovery")));
		assertThat(recovery.actors()).containsExactly("boris");
		assertThat(recovery.actions()).containsExactly("volunteer.approved");
		assertThat(recovery.objectTypes()).containsExactly("volunteer");
		AuditChoices all = this.auditLog.choices(ProgrammeScope.unlimited());
		assertThat(all.actors()).containsExactly("anna", "boris");
		assertThat(all.actions()).containsExactly("staff.created", "volunteer.approved", "volunteer.rejected");
	}

	@Test
	void secretsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.auditLog.record(this.anna, "staff.password-reset",
				"staff-account", "s1", Map.of(), Map.of("passwordHash", "$2a$...")));
	}

	private Page<AuditEntry> search(AuditSearch search) {
		return this.auditLog.search(search, ProgrammeScope.unlimited(), WARSAW, PageRequest.of(0, 10));
	}

}
