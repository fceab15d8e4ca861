package org.peersupport.web.participants;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.participants.PersonRefs;
import org.peersupport.safety.Alert;
import org.peersupport.safety.AlertStatus;
import org.peersupport.safety.ModeratorAlerts;
import org.peersupport.web.security.PanelRole;
import org.peersupport.web.security.StaffAccount;
import org.peersupport.web.security.StaffAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The participants list: where each participant stands (a pending alert about a person
 * shows as "needs a person"), filters, paging and the dashboard cards that lead to it;
 * never a chat id.
 */
@SpringBootTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
@AutoConfigureMockMvc
class ParticipantsControllerTests {

	private static final Instant START = Instant.parse("2026-11-30T08:00:00Z");

	/** Chat ids that must never reach a page. */
	private static final long ONBOARDING = 7_770_001_111L;

	private static final long WAITING = 7_770_002_222L;

	private static final long NEEDS_PERSON = 7_770_003_333L;

	private static final long OTHER_PROGRAMME = 7_770_004_444L;

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Participants participants;

	@Autowired
	PersonRefs refs;

	@Autowired
	UserDetailsService users;

	@Autowired
	StaffAccounts staff;

	UserDetails admin;

	@BeforeEach
	void seed() {
		this.mongo.remove(new Query(), Participant.class);
		this.mongo.remove(new Query(), Alert.class);
		this.admin = this.users.loadUserByUsername("root-admin");
		this.participants.recordConsent(ONBOARDING, "en", "onboarding@2", START);
		onboard(WAITING, "recovery", "Wren", START.plusSeconds(60));
		onboard(NEEDS_PERSON, "recovery", "Fox", START.plusSeconds(120));
		onboard(OTHER_PROGRAMME, "circles", "Owl", START.plusSeconds(180));
		alert("a1b2c3d4e5f6a1b2c3d4e5f6", NEEDS_PERSON, "recovery", AlertStatus.OPEN);
		alert("f6e5d4c3b2a1f6e5d4c3b2a1", WAITING, "recovery", AlertStatus.DONE);
	}

	@Test
	void listsEveryParticipantWithProgrammeStatusAndSinceWhenTheyWaitButNoChatId() throws Exception {
		String page = page("/participants", this.admin);

		assertThat(page).contains("Wren", "Fox", "Owl", "Not chosen yet", "Recovery programme", "Circles of support",
				"Onboarding", "Waiting for a group", "Needs a person", this.refs.existing(NEEDS_PERSON).orElseThrow());
		assertThat(page).containsPattern(
				"data-standing=\"NEEDS_PERSON\">\\s*<td class=\"pseudonym\"><a href=\"/participants/P-[^\"]+\"\\s*>Fox</a></td>");
		assertThat(page).containsPattern("<a href=\"/alerts\">Needs a person</a>");
		for (long chatId : new long[] { ONBOARDING, WAITING, NEEDS_PERSON, OTHER_PROGRAMME }) {
			assertThat(page).doesNotContain(Long.toString(chatId));
		}
	}

	@Test
	void filtersByStatusAndProgramme() throws Exception {
		String needsPerson = page("/participants?standing=NEEDS_PERSON", this.admin);
		String waiting = page("/participants?standing=WAITING_FOR_GROUP", this.admin);
		String circles = page("/participants?programme=circles", this.admin);
		String onboarding = page("/participants?standing=ONBOARDING", this.admin);

		assertThat(needsPerson).contains("Fox").doesNotContain("Wren", "Owl");
		assertThat(waiting).contains("Wren", "Owl").doesNotContain("Fox");
		assertThat(circles).contains("Owl").doesNotContain("Wren", "Fox");
		assertThat(onboarding).contains("Not chosen yet").doesNotContain("Wren", "Fox", "Owl");
	}

	@Test
	void aStatusThatDoesNotExistIsABadRequest() throws Exception {
		assertThat(this.mvc.perform(get("/participants?standing=ACTIVE-ish").with(user(this.admin)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(400);
	}

	@Test
	void pagesKeepTheFilter() throws Exception {
		for (int i = 0; i < 26; i++) {
			onboard(7_770_100_000L + i, "circles", String.format("Many%02d", i), START.plusSeconds(1000 + i));
		}

		String first = page("/participants?programme=circles", this.admin);
		String second = page("/participants?programme=circles&page=1", this.admin);

		assertThat(first).contains("Owl", "Many23").doesNotContain("Many24").contains("programme=circles&amp;page=1");
		assertThat(second).contains("Many24", "Many25").doesNotContain("Owl", "Many23");
	}

	@Test
	void dashboardCardsCountThoseWhoWaitAndLeadToTheirList() throws Exception {
		String dashboard = page("/", this.admin);

		assertThat(dashboard).containsPattern(
				"<a class=\"card-link\" href=\"/participants\\?standing=NEEDS_PERSON\"><h2>Need a person</h2>\\s*<p class=\"value\">1</p></a>");
		assertThat(dashboard).containsPattern(
				"<a class=\"card-link\" href=\"/participants\\?standing=WAITING_FOR_GROUP\"><h2>Waiting for a group</h2>\\s*<p class=\"value\">2</p></a>");
	}

	@Test
	void aModeratorLimitedToAProgrammeSeesAndFiltersOnlyItsParticipants() throws Exception {
		UserDetails moderator = moderator("participants-mod-circles", Set.of("circles"));

		String page = page("/participants", moderator);
		String filteredOut = page("/participants?programme=recovery", moderator);
		String dashboard = page("/", moderator);

		assertThat(page).contains("Owl", "Circles of support")
			.doesNotContain("Wren", "Fox", "Recovery programme", "Not chosen yet");
		assertThat(filteredOut).doesNotContain("Wren", "Fox", "Owl");
		assertThat(dashboard).containsPattern("Need a person</h2>\\s*<p class=\"value\">0</p>")
			.containsPattern("Waiting for a group</h2>\\s*<p class=\"value\">1</p>");
	}

	private String page(String path, UserDetails who) throws Exception {
		return this.mvc.perform(get(path).with(user(who))).andReturn().getResponse().getContentAsString();
	}

	private void onboard(long chatId, String programme, String pseudonym, Instant at) {
		this.participants.recordConsent(chatId, "en", "onboarding@2", at);
		this.participants.completeOnboarding(chatId, programme, Map.of("pseudonym", pseudonym), at.plusSeconds(30));
	}

	private void alert(String id, long chatId, String programme, AlertStatus status) {
		String ref = this.refs.of(chatId);
		this.mongo.insert(new Alert(id, ModeratorAlerts.Reason.NEEDS_PERSON, chatId, ref, programme, "message", status,
				1, START, START, null, null, null, null, Alert.SCHEMA_VERSION, null, null, null));
	}

	private UserDetails moderator(String username, Set<String> programmes) {
		this.mongo.remove(Query.query(Criteria.where("username").is(username)), StaffAccount.class);
		StaffAccount account = this.staff.create(username, "correct-horse-2", PanelRole.MODERATOR, Locale.ENGLISH);
		account.limitToProgrammes(programmes);
		this.staff.save(account);
		return this.users.loadUserByUsername(username);
	}

}
