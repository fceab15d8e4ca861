package org.peersupport.web.requests;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.participants.Participants;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.participants.Volunteers;
import org.peersupport.requests.HelpRequest;
import org.peersupport.requests.RelayBlock;
import org.peersupport.requests.ReportedMessage;
import org.peersupport.requests.RequestOutcome;
import org.peersupport.requests.RequestStatus;
import org.peersupport.requests.Urgency;
import org.peersupport.safety.Alert;
import org.peersupport.safety.AlertStatus;
import org.peersupport.safety.ModeratorAlerts;
import org.peersupport.web.audit.AuditEntry;
import org.peersupport.web.layout.FormError;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the requests pages refuse and where they are linked from: a close without an
 * outcome and a volunteer who does not match change nothing and audit nothing; a number
 * that names no request answers 404; an alert about a waiting request links to it; the
 * filters find it by stage and category.
 */
@SpringBootTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
@AutoConfigureMockMvc
class RequestsControllerTests {

	static final long NUMBER = 12_345L;

	static final long PARTICIPANT = 7_402L;

	static final long CLAIMED = 12_346L;

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	UserDetailsService users;

	@Autowired
	Participants participants;

	@Autowired
	Volunteers volunteers;

	UserDetails admin;

	@BeforeEach
	void seed() {
		this.mongo.remove(new Query(), HelpRequest.class);
		this.mongo.remove(new Query(), Volunteer.class);
		this.mongo.remove(new Query(), Alert.class);
		this.mongo.remove(new Query(), AuditEntry.class);
		this.admin = this.users.loadUserByUsername("root-admin");
		this.participants.recordConsent(PARTICIPANT, "en", "onboarding@1", Instant.now());
		this.participants.completeOnboarding(PARTICIPANT, "recovery", Map.of("pseudonym", "Calm Otter"), Instant.now());
		Instant now = Instant.now();
		this.mongo.insert(new HelpRequest("R-controller", NUMBER, PARTICIPANT, "recovery", "legal", Urgency.WEEK,
				"WHAT-THEY-WROTE", "WHERE-THEY-ARE", "en", RequestStatus.OPEN, now, null, List.of(), 0, null, null,
				null, null, null, null, null, List.of(), now, false, null, null, null, null, null, null,
				HelpRequest.SCHEMA_VERSION));
		Map<String, Object> details = new HashMap<>(Map.of("realName", "Pola Speaker", "skills", List.of("lawyer"),
				"languages", List.of("pl"), "maxOpenRequests", 3));
		this.volunteers.submit(new Volunteer("V-controller", 7_403L, "pl", "recovery", details,
				VolunteerStatus.APPROVED, "volunteer-signup@3", now, now, null, now, Volunteer.SCHEMA_VERSION));
	}

	@Test
	void aRequestOfferedToEveryoneIsFoundByItsFiltersAndLinkedFromItsAlert() throws Exception {
		this.mongo.insert(new Alert("a9a9a9a9a9a9a9a9a9a9a9a9", ModeratorAlerts.Reason.REQUEST_WAITING, PARTICIPANT,
				"P-controller", "recovery", Long.toString(NUMBER), AlertStatus.OPEN, 1, Instant.now(), Instant.now(),
				null, null, null, null, Alert.SCHEMA_VERSION, null, null, null));

		assertThat(page("/alerts")).contains("href=\"/requests/12345\"", "Request No. 12345");
		assertThat(page("/requests?show=OFFERED_TO_ALL&category=legal&urgency=WEEK")).contains("Calm Otter",
				"Legal help", "This week", "Offered to every matching volunteer; nobody has taken it");
		assertThat(page("/requests?show=CLAIMED")).doesNotContain("Calm Otter");
		assertThat(page("/requests?category=job")).doesNotContain("Calm Otter");
		assertThat(page("/requests/" + NUMBER))
			.contains("Help request No. 12345", "Calm Otter", "No other volunteer matches this request now.")
			.doesNotContain("WHAT-THEY-WROTE", "WHERE-THEY-ARE", "Pola Speaker");
	}

	@Test
	void aReportedRelayMessageIsShownOnTheRequestsPageAndItsAlertLinksThere() throws Exception {
		this.mongo.remove(new Query(), ReportedMessage.class);
		assertThat(page("/requests/" + NUMBER)).doesNotContain("Messages the volunteer reported");
		this.mongo.insert(new ReportedMessage(NUMBER + ":77", NUMBER, PARTICIPANT, "V-controller",
				"💬 Calm Otter (request No. 12345):\nREPORTED-WORDS", Instant.now(), ReportedMessage.SCHEMA_VERSION));
		this.mongo.insert(new Alert("b9a9a9a9a9a9a9a9a9a9a9a9", ModeratorAlerts.Reason.RELAY_REPORTED, PARTICIPANT,
				"P-controller", "recovery", Long.toString(NUMBER), AlertStatus.OPEN, 1, Instant.now(), Instant.now(),
				null, null, null, null, Alert.SCHEMA_VERSION, null, null, null));

		assertThat(page("/alerts")).contains("A volunteer reported a message", "href=\"/requests/12345\"");
		assertThat(page("/requests/" + NUMBER)).contains("Messages the volunteer reported", "REPORTED-WORDS")
			.doesNotContain("WHAT-THEY-WROTE");
	}

	@Test
	void aCloseWithoutAnOutcomeOrAVolunteerWhoDoesNotMatchChangesNothing() throws Exception {
		MvcResult close = this.mvc
			.perform(
					post("/requests/" + NUMBER + "/close").param("outcome", "GONE").with(csrf()).with(user(this.admin)))
			.andReturn();
		MvcResult reassign = this.mvc
			.perform(post("/requests/" + NUMBER + "/reassign").param("volunteer", "V-controller")
				.with(csrf())
				.with(user(this.admin)))
			.andReturn();

		assertThat(close.getFlashMap().get(FormError.ATTRIBUTE))
			.isEqualTo(FormError.on("close-outcome", "requests.choose-outcome"));
		assertThat(reassign.getFlashMap().get("outcome")).isEqualTo("requests.not-reassigned");
		assertThat(this.mongo.findById("R-controller", HelpRequest.class)).satisfies((request) -> {
			assertThat(request.status()).isEqualTo(RequestStatus.OPEN);
			assertThat(request.history()).isEmpty();
		});
		assertThat(this.mongo.count(Query.query(Criteria.where("objectType").is("request")), AuditEntry.class))
			.isZero();
	}

	@Test
	void aModeratorBlocksTheVolunteerFromTheRelayAfterAConfirmAndLiftsItBothAudited() throws Exception {
		this.mongo.remove(new Query(), RelayBlock.class);
		Instant now = Instant.now();
		this.mongo.insert(new HelpRequest("R-controller-claimed", CLAIMED, PARTICIPANT, "recovery", "legal",
				Urgency.WEEK, null, null, "en", RequestStatus.CLAIMED, now, null, List.of(), 1, null, "V-controller",
				7_403L, now, null, now.plusSeconds(3600), null, List.of(), null, false, null, null, null, null, null,
				null, HelpRequest.SCHEMA_VERSION));
		assertThat(page("/requests/" + CLAIMED)).contains("Stop the relay", "id=\"block-volunteer\"")
			.doesNotContain("is blocked from the relay");
		assertThat(page("/requests/" + NUMBER)).as("an open request has no relay to stop")
			.doesNotContain("Stop the relay");
		assertThat(page("/requests/" + CLAIMED + "/block-volunteer"))
			.contains("Block the volunteer of request No. 12346 from the relay?", "id=\"confirm\"");
		assertThat(this.mvc.perform(post("/requests/" + CLAIMED + "/block-volunteer").with(user(this.admin)))
			.andReturn()
			.getResponse()
			.getStatus()).as("without the CSRF token").isEqualTo(403);
		assertThat(pressed("/requests/" + NUMBER + "/block-volunteer")).as("no volunteer has it")
			.isEqualTo("requests.not-blocked");
		assertThat(this.mongo.count(new Query(), RelayBlock.class)).isZero();

		assertThat(pressed("/requests/" + CLAIMED + "/block-volunteer")).isEqualTo("requests.blocked");
		assertThat(this.mongo.findById("R-controller-claimed", HelpRequest.class)).satisfies((request) -> {
			assertThat(request.status()).isEqualTo(RequestStatus.OPEN);
			assertThat(request.claimedBy()).isNull();
		});
		assertThat(page("/requests/" + CLAIMED))
			.contains("Volunteer V-controller is blocked from the relay since", "id=\"lift-VOLUNTEER\"")
			.doesNotContain("id=\"block-volunteer\"");
		assertThat(pressed("/requests/" + CLAIMED + "/lift-participant")).isEqualTo("requests.not-unblocked");
		assertThat(pressed("/requests/" + CLAIMED + "/lift-volunteer")).isEqualTo("requests.unblocked");
		assertThat(this.mongo.count(new Query(), RelayBlock.class)).isZero();
		assertThat(this.mongo.find(Query.query(Criteria.where("objectType").is("request")), AuditEntry.class))
			.extracting(AuditEntry::action)
			.containsExactly("request.relay-blocked", "request.relay-unblocked");
	}

	private String pressed(String path) throws Exception {
		return (String) this.mvc.perform(post(path).with(csrf()).with(user(this.admin)))
			.andReturn()
			.getFlashMap()
			.get("outcome");
	}

	@Test
	void anOutcomeItsVolunteerRecordedIsShownWithWhoRecordedItAndTheParticipantsWordsEscaped() throws Exception {
		Instant now = Instant.now();
		this.mongo.insert(new HelpRequest("R-controller-resolved", 12_347L, PARTICIPANT, "recovery", "legal",
				Urgency.WEEK, null, null, "en", RequestStatus.RESOLVED, now, now, List.of(), 0, null, "V-controller",
				7_403L, now, 4, null, null,
				List.of(new HelpRequest.Move("outcome", "V-controller", RequestOutcome.REFERRED.name(), now)), null,
				false, RequestOutcome.REFERRED, now, null, null, null, "<b>Kind</b> & quick",
				HelpRequest.SCHEMA_VERSION));

		assertThat(page("/requests/12347"))
			.contains("Referred elsewhere",
					"Pola Speaker recorded the outcome after the conversation: Referred elsewhere",
					"The participant’s words about the help", "&lt;b&gt;Kind&lt;/b&gt; &amp; quick",
					"The participant’s rating of the help", "4 of 5")
			.doesNotContain("<b>Kind</b>");
	}

	@Test
	void aNumberThatNamesNoRequestIsNotFound() throws Exception {
		for (String path : List.of("/requests/0", "/requests/12344", "/requests/abc", "/requests/-1")) {
			assertThat(this.mvc.perform(get(path).with(user(this.admin))).andReturn().getResponse().getStatus())
				.as(path)
				.isEqualTo(404);
		}
	}

	private String page(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(user(this.admin))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

}
