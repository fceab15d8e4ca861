package org.peersupport.web.participants;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.participants.PersonRefs;
import org.peersupport.web.i18n.PanelDates;
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
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A participant's page: the response rates and the last answer from a known history, the
 * schedule's state, the group and its history, requests as metadata; nothing they wrote
 * and no chat id; 404 outside the viewer's programmes, as for a reference nobody has.
 */
@SpringBootTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
@AutoConfigureMockMvc
class ParticipantControllerTests {

	private static final long WREN = 7_772_000_001L;

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

	@Autowired
	PanelDates dates;

	ParticipantPageFixture fixture;

	List<Instant> answers;

	String ref;

	@BeforeEach
	void seed() {
		this.mongo.remove(new Query(), Participant.class);
		this.fixture = new ParticipantPageFixture(this.mongo, this.participants);
		this.answers = this.fixture.seed(WREN, "recovery", "Wren", Instant.now());
		this.ref = this.refs.of(WREN);
	}

	@AfterEach
	void clear() {
		this.fixture.clear(WREN);
		this.mongo.remove(new Query(), Participant.class);
	}

	@Test
	void showsTheRatesTheLastAnswerTheGroupAndTheRequestsButNothingTheParticipantWrote() throws Exception {
		UserDetails admin = this.users.loadUserByUsername("root-admin");
		String list = page("/participants", admin).getResponse().getContentAsString();
		assertThat(list).contains("href=\"/participants/" + this.ref + "\"");

		String page = page("/participants/" + this.ref, admin).getResponse().getContentAsString();

		assertThat(page).contains("Wren", this.ref, "Recovery programme", "Waiting for a group");
		assertThat(page).containsPattern("data-state=\"ACTIVE\"");
		assertThat(page).contains("<dd class=\"rate-recent\">2 of 4 (50%)</dd>")
			.contains("<dd class=\"rate-overall\">3 of 10 (30%)</dd>")
			.contains("<dd class=\"last-answer\">" + this.dates.format(this.answers.get(2)) + "</dd>");
		assertThat(page).contains("data-moods=\"2,4,5\"")
			.contains("Answers: 3, average mood 3.7 of 5, last answer: 5 – very good.")
			.contains("2 – bad", "4 – good");
		assertThat(page).contains("Tuesday circle", "(member)", "href=\"/groups/" + ParticipantPageFixture.GROUP)
			.containsSubsequence("Put on the waiting list", "Placed (rules sent) in", "Agreed to the rules of",
					"Joined");
		assertThat(page).contains("Requests made: 2.", "href=\"/requests/770001\"", "href=\"/requests/770002\"",
				"Resolved or closed by the team");
		assertThat(page).doesNotContain(ParticipantPageFixture.WORD, ParticipantPageFixture.SUMMARY,
				ParticipantPageFixture.NAME, "REGION-SECRET", Long.toString(WREN));
	}

	@Test
	void aHeldScheduleAndAPlaceOnTheWaitingListAreShownInWords() throws Exception {
		this.mongo.getCollection("check_in_schedules")
			.updateOne(new org.bson.Document("_id", WREN),
					new org.bson.Document("$set", new org.bson.Document("blocked", true).append("nextRunAt", null)));
		this.mongo.remove(Query.query(Criteria.where("chatId").is(WREN)), org.peersupport.groups.GroupPlace.class);
		this.mongo.getCollection("group_waiting")
			.insertOne(new org.bson.Document("_id", WREN).append("programme", "recovery")
				.append("language", "en")
				.append("since", java.util.Date.from(Instant.parse("2026-01-05T10:00:00Z")))
				.append("schemaVersion", 1));
		try {
			String page = page("/participants/" + this.ref, this.users.loadUserByUsername("root-admin")).getResponse()
				.getContentAsString();
			assertThat(page).contains("Held: the participant blocked the bot")
				.contains("On the waiting list: number 1 in the queue, since "
						+ this.dates.format(Instant.parse("2026-01-05T10:00:00Z")));
		}
		finally {
			this.mongo.getCollection("group_waiting").deleteMany(new org.bson.Document("_id", WREN));
		}
	}

	@Test
	void aModeratorOfAnotherProgrammeGetsNotFoundAsForAReferenceNobodyHas() throws Exception {
		UserDetails circles = moderator("page-mod-circles", Set.of("circles"));
		UserDetails recovery = moderator("page-mod-recovery", Set.of("recovery"));

		assertThat(page("/participants/" + this.ref, circles).getResponse().getStatus()).isEqualTo(404);
		assertThat(page("/participants/P-nobody", circles).getResponse().getStatus()).isEqualTo(404);
		assertThat(page("/participants/" + this.ref, circles).getResponse().getContentAsString())
			.doesNotContain("Wren");
		assertThat(page("/participants/" + this.ref, recovery).getResponse().getStatus()).isEqualTo(200);
	}

	private MvcResult page(String path, UserDetails who) throws Exception {
		return this.mvc.perform(get(path).with(user(who))).andReturn();
	}

	private UserDetails moderator(String username, Set<String> programmes) {
		this.mongo.remove(Query.query(Criteria.where("username").is(username)), StaffAccount.class);
		StaffAccount account = this.staff.create(username, "correct-horse-2", PanelRole.MODERATOR, Locale.ENGLISH);
		account.limitToProgrammes(programmes);
		this.staff.save(account);
		return this.users.loadUserByUsername(username);
	}

}
