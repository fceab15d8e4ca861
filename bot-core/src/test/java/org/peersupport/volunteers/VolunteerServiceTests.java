package org.peersupport.volunteers;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.Outgoing;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerSkills;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.participants.Volunteers;
import org.peersupport.scripts.DefaultScripts;
import org.peersupport.scripts.Input;
import org.peersupport.scripts.Script;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

class VolunteerServiceTests {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	private final MongoServer server = started();

	private final MongoClient client = MongoClients
		.create("mongodb://127.0.0.1:" + this.server.getLocalAddress().getPort());

	private final Volunteers volunteers = new Volunteers(new MongoTemplate(this.client, "test"));

	private final Outbox outbox = mock(Outbox.class);

	private final VolunteerService service = new VolunteerService(this.volunteers, new VolunteerSkills(List.of()),
			this.outbox, Clock.fixed(NOW, ZoneOffset.UTC));

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void updatingAnApprovedProfileReplacesSkillsLanguagesRegionAndLimitAndKeepsTheRest() {
		store("V-1", 7001, "pl", VolunteerStatus.APPROVED);

		Volunteer updated = this.service.updateProfile("V-1", List.of("lawyer", "time"), List.of("pl", "en"),
				"  Gdańsk ", 8);

		assertThat(updated.details()).containsEntry("skills", List.of("lawyer", "time"))
			.containsEntry("languages", List.of("pl", "en"))
			.containsEntry("region", "Gdańsk")
			.containsEntry("maxOpenRequests", 8)
			.containsEntry("realName", "Real Name 7001");
		assertThat(this.volunteers.find("V-1").orElseThrow().details()).containsEntry("maxOpenRequests", 8);
	}

	@Test
	void profileValuesOutsideTheAllowedOnesAreRefusedAndNothingChanges() {
		store("V-2", 7002, "en", VolunteerStatus.APPROVED);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.service.updateProfile("V-2", List.of("astrologer"), List.of("en"), "Kyiv", 3));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.service.updateProfile("V-2", List.of("time"), List.of("de"), "Kyiv", 3));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.service.updateProfile("V-2", List.of("time"), List.of("en"), " ", 3));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.service.updateProfile("V-2", List.of("time"), List.of("en"), "Kyiv", 0));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.service.updateProfile("V-2", List.of("time"), List.of("en"), "Kyiv", 11));
		assertThat(this.service.updateProfile("V-2", List.of("time"), List.of("en"), "Kyiv", 10).details())
			.containsEntry("maxOpenRequests", 10);
		assertThat(this.service.updateProfile("V-2", List.of("time"), List.of("en"), "Kyiv", 1).details())
			.containsEntry("maxOpenRequests", 1);
	}

	@Test
	void theOpenRequestLimitIsTheOneTheSignUpScriptAsksFor() {
		Script signup = DefaultScripts.all()
			.stream()
			.filter((script) -> script.id().equals("volunteer-signup"))
			.findFirst()
			.orElseThrow();
		Input.Number asked = (Input.Number) signup.step("max-requests").orElseThrow().input();

		assertThat(asked.min().intValueExact()).isEqualTo(VolunteerService.MIN_OPEN_REQUESTS);
		assertThat(asked.max().intValueExact()).isEqualTo(VolunteerService.MAX_OPEN_REQUESTS);
	}

	@Test
	void editingAVolunteerWhoIsNotApprovedIsRefusedNamingTheStatus() {
		store("V-3", 7003, "en", VolunteerStatus.PENDING);

		assertThatIllegalStateException()
			.isThrownBy(() -> this.service.updateProfile("V-3", List.of("time"), List.of("en"), "Kyiv", 3))
			.withMessageContaining("PENDING");
		assertThat(this.volunteers.find("V-3").orElseThrow().details()).containsEntry("region", "Warsaw");
	}

	@Test
	void pauseAndResumeMoveBetweenApprovedAndPaused() {
		store("V-4", 7004, "en", VolunteerStatus.APPROVED);

		assertThat(this.service.pause("V-4").status()).isEqualTo(VolunteerStatus.PAUSED);
		assertThatIllegalStateException().isThrownBy(() -> this.service.pause("V-4")).withMessageContaining("PAUSED");
		assertThat(this.service.resume("V-4").status()).isEqualTo(VolunteerStatus.APPROVED);
		assertThatIllegalStateException().isThrownBy(() -> this.service.resume("V-4"))
			.withMessageContaining("APPROVED");
		then(this.outbox).shouldHaveNoInteractions();
	}

	@Test
	void deactivatingAPausedVolunteerTellsThemInTheirLanguage() {
		store("V-5", 7005, "uk", VolunteerStatus.PAUSED);

		assertThat(this.service.deactivate("V-5").status()).isEqualTo(VolunteerStatus.DEACTIVATED);

		then(this.outbox).should()
			.put(eq("volunteer:V-5:deactivated"), eq(0),
					eq(new Outgoing.SendMessage(7005, false, VolunteerTexts.get("deactivated", "uk"), List.of())));
		assertThat(VolunteerTexts.get("deactivated", "uk")).contains("Дякуємо");
	}

	@Test
	void deactivationIsRefusedForPendingRejectedOrAlreadyDeactivatedAndSendsNothing() {
		store("V-6", 7006, "ru", VolunteerStatus.PENDING);
		store("V-7", 7007, "ru", VolunteerStatus.REJECTED);
		store("V-8", 7008, "ru", VolunteerStatus.DEACTIVATED);

		assertThatIllegalStateException().isThrownBy(() -> this.service.deactivate("V-6"))
			.withMessageContaining("PENDING");
		assertThatIllegalStateException().isThrownBy(() -> this.service.deactivate("V-7"))
			.withMessageContaining("REJECTED");
		assertThatIllegalStateException().isThrownBy(() -> this.service.deactivate("V-8"))
			.withMessageContaining("DEACTIVATED");
		assertThatIllegalStateException().isThrownBy(() -> this.service.resume("V-8"))
			.withMessageContaining("DEACTIVATED");
		then(this.outbox).should(org.mockito.Mockito.never()).put(anyString(), anyInt(), any());
	}

	@Test
	void deactivatedTextExistsInEveryBotLanguage() {
		for (String locale : List.of("ru", "uk", "pl", "en")) {
			assertThat(VolunteerTexts.get("deactivated", locale)).isNotBlank();
		}
		assertThat(VolunteerTexts.get("deactivated", "pl")).isNotEqualTo(VolunteerTexts.get("deactivated", "en"));
		assertThat(VolunteerTexts.get("deactivated", "ru")).isNotEqualTo(VolunteerTexts.get("deactivated", "uk"));
	}

	@Test
	void aDecisionStoredJustBeforeAStopIsToldAtTheNextStart() {
		store("V-20", 7020, "pl", VolunteerStatus.PENDING);
		// The decision's write happened; the process stopped before the message was
		// queued.
		assertThat(this.volunteers.decide("V-20", VolunteerStatus.APPROVED, "Witamy!", NOW)).isTrue();
		then(this.outbox).shouldHaveNoInteractions();

		assertThat(this.service.resendPendingNotices()).isEqualTo(1);

		then(this.outbox).should()
			.put(eq("volunteer:V-20:decision"), eq(0),
					eq(new Outgoing.SendMessage(7020, false,
							VolunteerTexts.get("approved", "pl") + "\n\n" + VolunteerTexts.get("note", "pl", "Witamy!"),
							List.of())));
		assertThat(this.volunteers.pendingNotices()).isEmpty();
		assertThat(this.service.resendPendingNotices()).isZero();
	}

	@Test
	void aDeactivationStoredJustBeforeAStopIsToldAtTheNextStart() {
		store("V-21", 7021, "ru", VolunteerStatus.APPROVED);
		assertThat(this.volunteers.changeStatus("V-21", List.of(VolunteerStatus.APPROVED), VolunteerStatus.DEACTIVATED,
				NOW, true))
			.isTrue();

		assertThat(this.service.resendPendingNotices()).isEqualTo(1);

		then(this.outbox).should()
			.put(eq("volunteer:V-21:deactivated"), eq(0),
					eq(new Outgoing.SendMessage(7021, false, VolunteerTexts.get("deactivated", "ru"), List.of())));
		assertThat(this.volunteers.pendingNotices()).isEmpty();
	}

	@Test
	void messagesQueuedNormallyLeaveNothingPendingAndPauseNeverNotifies() {
		store("V-22", 7022, "en", VolunteerStatus.PENDING);
		store("V-23", 7023, "en", VolunteerStatus.APPROVED);

		assertThat(this.service.reject("V-22", null)).isTrue();
		this.service.pause("V-23");
		this.service.deactivate("V-23");

		assertThat(this.volunteers.pendingNotices()).isEmpty();
		assertThat(this.service.resendPendingNotices()).isZero();
		then(this.outbox).should().put(eq("volunteer:V-22:decision"), eq(0), any());
		then(this.outbox).should().put(eq("volunteer:V-23:deactivated"), eq(0), any());
	}

	@Test
	void aMessageThatCouldNotBeQueuedStaysPendingForTheNextStart() {
		store("V-24", 7024, "en", VolunteerStatus.PENDING);
		org.mockito.BDDMockito.willThrow(new org.springframework.dao.DataAccessResourceFailureException("down"))
			.given(this.outbox)
			.put(anyString(), anyInt(), any());

		assertThatThrownBy(() -> this.service.approve("V-24", null))
			.isInstanceOf(org.springframework.dao.DataAccessResourceFailureException.class);

		assertThat(this.volunteers.pendingNotices()).containsEntry("V-24", VolunteerStatus.APPROVED);
	}

	@Test
	void anUnknownVolunteerIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.service.pause("V-none"));
	}

	private static MongoServer started() {
		MongoServer server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", 0);
		return server;
	}

	private void store(String id, long chatId, String locale, VolunteerStatus status) {
		this.volunteers.submit(new Volunteer(id, chatId, locale, "recovery",
				Map.of("realName", "Real Name " + chatId, "skills", List.of("mentor"), "languages", List.of("en"),
						"region", "Warsaw", "maxOpenRequests", 3),
				status, "volunteer-signup@1", NOW, NOW, null, null, Volunteer.SCHEMA_VERSION));
	}

}
