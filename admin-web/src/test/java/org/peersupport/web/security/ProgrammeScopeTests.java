package org.peersupport.web.security;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgrammeScopeTests {

	@Test
	void adminsAndModeratorsWithoutALimitSeeEverythingIncludingDataOfNoProgramme() {
		ProgrammeScope admin = user(PanelRole.ADMIN, Set.of("recovery")).scope();
		ProgrammeScope moderator = user(PanelRole.MODERATOR, Set.of()).scope();

		for (ProgrammeScope scope : new ProgrammeScope[] { admin, moderator }) {
			assertThat(scope.isUnlimited()).isTrue();
			assertThat(scope.includes("circles")).isTrue();
			assertThat(scope.includes(null)).isTrue();
			assertThat(scope.restrict(new Query(), "programme").getQueryObject()).isEmpty();
		}
	}

	@Test
	void aLimitedModeratorSeesOnlyTheirProgrammesAndNothingWithoutOne() {
		PanelUser viewer = user(PanelRole.MODERATOR, Set.of("recovery", "circles"));
		ProgrammeScope scope = viewer.scope();

		assertThat(scope.isUnlimited()).isFalse();
		assertThat(scope.includes("recovery")).isTrue();
		assertThat(scope.includes("family-mentors")).isFalse();
		assertThat(scope.includes(null)).isFalse();
		assertThat(viewer.mayAccessProgramme(null)).isFalse();
		assertThat(scope.includesAny(Set.of("family-mentors", "circles"))).isTrue();
		assertThat(scope.includesAny(Set.of())).isFalse();
		assertThat(scope.restrict(new Query(), "programme").getQueryObject().toJson()).contains("\"programme\"", "$in",
				"recovery", "circles");
	}

	@Test
	void anObjectOutOfScopeIsNotFound() {
		ProgrammeScope scope = ProgrammeScope.limitedTo(Set.of("recovery"));

		assertThatCode(() -> scope.require("recovery")).doesNotThrowAnyException();
		assertThatThrownBy(() -> scope.require("circles")).isInstanceOfSatisfying(ResponseStatusException.class,
				(ex) -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
		assertThatThrownBy(() -> scope.require(null)).isInstanceOf(ResponseStatusException.class);
		assertThatCode(() -> ProgrammeScope.unlimited().require(null)).doesNotThrowAnyException();
	}

	private static PanelUser user(PanelRole role, Set<String> programmes) {
		return new PanelUser("id", "someone", role, programmes, Locale.ENGLISH, ZoneId.of("UTC"));
	}

}
