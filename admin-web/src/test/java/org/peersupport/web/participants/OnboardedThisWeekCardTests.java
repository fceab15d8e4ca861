package org.peersupport.web.participants;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peersupport.participants.Participants;
import org.peersupport.web.security.PanelRole;
import org.peersupport.web.security.PanelUser;
import org.peersupport.web.support.MongoTemplates;

import static org.assertj.core.api.Assertions.assertThat;

class OnboardedThisWeekCardTests {

	/** Wednesday 25 November 2026, noon UTC. */
	private static final Clock WEDNESDAY = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

	private final MongoTemplates mongo = new MongoTemplates();

	private final Participants participants = new Participants(this.mongo.template());

	private final OnboardedThisWeekCard card = new OnboardedThisWeekCard(this.participants, WEDNESDAY);

	@AfterEach
	void stop() {
		this.mongo.close();
	}

	@Test
	void countsOnboardingsSinceMondayMidnightInTheViewersZone() {
		onboard(1, "prison", "2026-11-22T23:30:00Z");
		onboard(2, "prison", "2026-11-23T00:30:00Z");
		onboard(3, "recovery", "2026-11-25T09:00:00Z");

		assertThat(this.card.value(viewer(PanelRole.ADMIN, Set.of(), "UTC"))).isEqualTo("2");
		assertThat(this.card.value(viewer(PanelRole.ADMIN, Set.of(), "Europe/Warsaw"))).isEqualTo("3");
		assertThat(this.card.value(viewer(PanelRole.ADMIN, Set.of(), "America/New_York"))).isEqualTo("1");
	}

	@Test
	void aModeratorLimitedToProgrammesCountsOnlyThose() {
		onboard(1, "prison", "2026-11-24T10:00:00Z");
		onboard(2, "recovery", "2026-11-24T10:00:00Z");
		onboard(3, "families", "2026-11-24T10:00:00Z");

		assertThat(this.card.value(viewer(PanelRole.MODERATOR, Set.of("recovery"), "UTC"))).isEqualTo("1");
		assertThat(this.card.value(viewer(PanelRole.MODERATOR, Set.of(), "UTC"))).isEqualTo("3");
	}

	@Test
	void comesAfterTheOtherCards() {
		assertThat(this.card.order()).isGreaterThan(920);
	}

	private void onboard(long chatId, String programme, String at) {
		this.participants.recordConsent(chatId, "en", "onboarding@1", Instant.parse(at));
		this.participants.completeOnboarding(chatId, programme, Map.of(), Instant.parse(at));
	}

	private static PanelUser viewer(PanelRole role, Set<String> programmes, String zone) {
		return new PanelUser("staff-1", "staff", role, programmes, Locale.ENGLISH, ZoneId.of(zone));
	}

}
