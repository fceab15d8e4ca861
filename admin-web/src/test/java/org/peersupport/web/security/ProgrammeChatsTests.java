package org.peersupport.web.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peersupport.participants.Participants;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.participants.Volunteers;
import org.peersupport.web.support.MongoTemplates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProgrammeChatsTests {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	private final MongoTemplates mongo = new MongoTemplates();

	private final Participants participants = new Participants(this.mongo.template());

	private final Volunteers volunteers = new Volunteers(this.mongo.template());

	private final ProgrammeChats chats = new ProgrammeChats(this.participants, this.volunteers);

	@AfterEach
	void tearDown() {
		this.mongo.close();
	}

	@Test
	void aChatBelongsToTheProgrammesOfItsParticipantAndVolunteer() {
		participant(1, "recovery");
		participant(2, "circles");
		volunteer("V-2", 2, "recovery");
		volunteer("V-3", 3, "circles");
		volunteer("V-4", 4, null);

		assertThat(this.chats.programmesOf(2)).containsExactly("circles", "recovery");
		assertThat(this.chats.programmeOf(2)).isEqualTo("circles");
		assertThat(this.chats.programmesOf(4)).isEmpty();
		assertThat(this.chats.programmeOf(-100123)).isNull();
		assertThat(this.chats.chatsIn(ProgrammeScope.limitedTo(Set.of("recovery")))).containsExactlyInAnyOrder(1L, 2L);
		assertThat(this.chats.chatsIn(ProgrammeScope.limitedTo(Set.of("circles")))).containsExactlyInAnyOrder(2L, 3L);
	}

	@Test
	void onlyAnUnlimitedScopeCoversChatsOfNoProgramme() {
		participant(1, "recovery");
		volunteer("V-4", 4, null);
		ProgrammeScope recovery = ProgrammeScope.limitedTo(Set.of("recovery"));

		assertThat(this.chats.includes(recovery, 1)).isTrue();
		assertThat(this.chats.includes(recovery, 4)).isFalse();
		assertThat(this.chats.includes(recovery, -100123)).isFalse();
		assertThat(this.chats.includes(ProgrammeScope.unlimited(), -100123)).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> this.chats.chatsIn(ProgrammeScope.unlimited()));
	}

	private void participant(long chatId, String programme) {
		this.participants.recordConsent(chatId, "en", "onboarding@1", NOW);
		this.participants.completeOnboarding(chatId, programme, Map.of(), NOW);
	}

	private void volunteer(String id, long chatId, String programme) {
		this.volunteers.submit(new Volunteer(id, chatId, "en", programme, Map.of("skills", List.of("time")),
				VolunteerStatus.PENDING, "volunteer-signup@2", NOW, NOW, null, null, Volunteer.SCHEMA_VERSION));
	}

}
