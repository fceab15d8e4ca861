package org.peersupport.web.volunteers;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.messaging.OutboxEntry;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.scripts.DefaultScripts;
import org.peersupport.web.audit.AuditEntry;
import org.peersupport.web.layout.FormError;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@SpringBootTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
@AutoConfigureMockMvc
class VolunteerStatusControllerTests {

	/**
	 * The shipped sign-up script's key: its labels are what the panel shows for answers.
	 */
	private static final String SHIPPED_SIGNUP = DefaultScripts.all()
		.stream()
		.filter((script) -> script.id().equals("volunteer-signup"))
		.findFirst()
		.orElseThrow()
		.key();

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	UserDetailsService users;

	UserDetails admin;

	@BeforeEach
	void signIn() {
		this.mongo.remove(new Query(), Volunteer.class);
		this.admin = this.users.loadUserByUsername("root-admin");
	}

	@Test
	void anApprovedVolunteerPageOffersTheProfileFormPauseAndDeactivate() throws Exception {
		volunteer("V-s1", 6101, VolunteerStatus.APPROVED);

		String page = page("/volunteers/V-s1");

		assertThat(page).contains("id=\"profile-form\"", "id=\"pause\"", "id=\"deactivate\"", "Skills and limits")
			.doesNotContain("id=\"resume\"", "id=\"approve\"");
		assertThat(page).containsPattern("value=\"mentor\"[^>]*checked").containsPattern("value=\"7\"");
	}

	@Test
	void savingTheProfileStoresItAndAuditsBeforeAndAfterWithoutNamesOrContacts() throws Exception {
		volunteer("V-s2", 6102, VolunteerStatus.APPROVED);

		MvcResult result = perform(post("/volunteers/V-s2/profile").param("skills", "lawyer", "time")
			.param("languages", "pl")
			.param("region", "Kraków")
			.param("maxOpenRequests", "9")
			.with(csrf()));

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/volunteers/V-s2");
		assertThat(result.getFlashMap().get("outcome")).isEqualTo("volunteers.profile.saved");
		Map<String, Object> details = stored("V-s2").details();
		assertThat(details).containsEntry("skills", List.of("lawyer", "time"))
			.containsEntry("languages", List.of("pl"))
			.containsEntry("region", "Kraków")
			.containsEntry("maxOpenRequests", 9)
			.containsEntry("realName", "Real Name 6102");
		assertThat(audit("V-s2")).singleElement().satisfies((entry) -> {
			assertThat(entry.action()).isEqualTo("volunteer.profile-updated");
			assertThat(entry.before()).containsEntry("skills", "mentor")
				.containsEntry("maxOpenRequests", "7")
				.containsEntry("region", "Warsaw");
			assertThat(entry.after()).containsEntry("skills", "lawyer,time")
				.containsEntry("languages", "pl")
				.containsEntry("maxOpenRequests", "9");
			assertThat(entry.before().toString() + entry.after()).doesNotContain("Real Name", "+48");
		});
	}

	@Test
	void aProfileOutsideTheLimitsIsRefusedAndNothingIsStored() throws Exception {
		volunteer("V-s3", 6103, VolunteerStatus.APPROVED);

		MvcResult result = perform(post("/volunteers/V-s3/profile").param("skills", "astrologer")
			.param("languages", "en")
			.param("region", "Lodz")
			.param("maxOpenRequests", "11")
			.with(csrf()));

		assertThat(result.getFlashMap().get(FormError.ATTRIBUTE))
			.isEqualTo(FormError.on("skills", "volunteers.error.profile", "10"));
		MvcResult tooMany = perform(post("/volunteers/V-s3/profile").param("skills", "time")
			.param("languages", "en")
			.param("region", "Lodz")
			.param("maxOpenRequests", "11")
			.with(csrf()));
		assertThat(tooMany.getFlashMap().get(FormError.ATTRIBUTE))
			.isEqualTo(FormError.on("maxOpenRequests", "volunteers.error.profile", "10"));
		assertThat(stored("V-s3").details()).containsEntry("maxOpenRequests", 7)
			.containsEntry("skills", List.of("mentor"));
		assertThat(audit("V-s3")).isEmpty();
	}

	@Test
	void theProfileFormEditsDaysPartsOfTheDayAndQuietHoursStoredAsTheSignUpStoresThem() throws Exception {
		volunteer("V-a1", 6121, VolunteerStatus.APPROVED);

		MvcResult result = perform(post("/volunteers/V-a1/profile").param("skills", "mentor")
			.param("languages", "en")
			.param("region", "Warsaw")
			.param("maxOpenRequests", "7")
			.param("days", "sat", "mon")
			.param("hours", "morning")
			.param("quietFrom", "22")
			.param("quietTo", "7")
			.with(csrf()));

		assertThat(result.getFlashMap().get("outcome")).isEqualTo("volunteers.profile.saved");
		assertThat(stored("V-a1").details()).containsEntry("days", List.of("mon", "sat"))
			.containsEntry("hours", List.of("morning"))
			.containsEntry("quietHours", "22-07");
		assertThat(audit("V-a1")).singleElement().satisfies((entry) -> {
			assertThat(entry.before()).containsEntry("days", "tue")
				.containsEntry("hours", "evening")
				.containsEntry("quietHours", "23-07");
			assertThat(entry.after()).containsEntry("days", "mon,sat")
				.containsEntry("hours", "morning")
				.containsEntry("quietHours", "22-07");
		});
		String page = page("/volunteers/V-a1");
		assertThat(page).containsPattern("value=\"mon\"[^>]*checked")
			.containsPattern("value=\"morning\"[^>]*checked")
			.containsPattern("value=\"22\"[^>]*selected")
			.contains("Monday", "morning (8:00–12:00)", "Quiet hours from");

		perform(post("/volunteers/V-a1/profile").param("skills", "mentor")
			.param("languages", "en")
			.param("region", "Warsaw")
			.param("maxOpenRequests", "7")
			.with(csrf()));
		assertThat(stored("V-a1").details()).containsEntry("days", List.of())
			.containsEntry("hours", List.of())
			.containsEntry("quietHours", "none");
	}

	@Test
	void unknownDaysOrPartsAndQuietHoursThatDoNotMakeARangeAreRefusedOnTheirField() throws Exception {
		volunteer("V-a2", 6122, VolunteerStatus.APPROVED);

		assertThat(availabilityError("V-a2", "days", "funday")).isEqualTo(FormError.on("days", AVAILABILITY));
		assertThat(availabilityError("V-a2", "hours", "night")).isEqualTo(FormError.on("hours", AVAILABILITY));
		assertThat(availabilityError("V-a2", "quietTo", "7")).isEqualTo(FormError.on("quietFrom", AVAILABILITY));
		assertThat(availabilityError("V-a2", "quietFrom", "24")).isEqualTo(FormError.on("quietFrom", AVAILABILITY));
		assertThat(perform(profile("V-a2").param("quietFrom", "9").param("quietTo", "9").with(csrf())).getFlashMap()
			.get(FormError.ATTRIBUTE)).isEqualTo(FormError.on("quietTo", AVAILABILITY));
		assertThat(availabilityError("V-a2", "quietFrom", "22")).isEqualTo(FormError.on("quietTo", AVAILABILITY));

		assertThat(stored("V-a2").details()).containsEntry("days", List.of("tue")).containsEntry("quietHours", "23-07");
		assertThat(audit("V-a2")).isEmpty();
	}

	@Test
	void theAvailabilityChoicesAndTheirErrorReadInThePagesLanguage() throws Exception {
		volunteer("V-a3", 6123, VolunteerStatus.APPROVED);
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME, Locale.forLanguageTag("pl"));

		String page = perform(get("/volunteers/V-a3").session(session)).getResponse().getContentAsString();

		assertThat(page).contains("poniedziałek", "rano (8:00–12:00)", "Cisza od");
		MvcResult refused = perform(profile("V-a3").param("days", "funday").session(session).with(csrf()));
		String shown = perform(get("/volunteers/V-a3").session(session).flashAttrs(refused.getFlashMap())).getResponse()
			.getContentAsString();
		assertThat(shown).contains("Nie zapisano: wybierz dni i pory dnia z listy");
	}

	@Test
	void pauseThenResumeAreAuditedWithTheStatusBeforeAndAfter() throws Exception {
		volunteer("V-s4", 6104, VolunteerStatus.APPROVED);

		assertThat(perform(post("/volunteers/V-s4/pause").with(csrf())).getFlashMap().get("outcome"))
			.isEqualTo("volunteers.paused");
		assertThat(stored("V-s4").status()).isEqualTo(VolunteerStatus.PAUSED);
		assertThat(page("/volunteers/V-s4")).contains("id=\"resume\"", "id=\"deactivate\"")
			.doesNotContain("id=\"pause\"", "id=\"profile-form\"");
		assertThat(perform(post("/volunteers/V-s4/resume").with(csrf())).getFlashMap().get("outcome"))
			.isEqualTo("volunteers.resumed");
		assertThat(stored("V-s4").status()).isEqualTo(VolunteerStatus.APPROVED);

		assertThat(audit("V-s4")).extracting(AuditEntry::action)
			.containsExactlyInAnyOrder("volunteer.paused", "volunteer.resumed");
		assertThat(audit("V-s4")).filteredOn((entry) -> entry.action().equals("volunteer.paused"))
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.before()).containsEntry("status", "APPROVED");
				assertThat(entry.after()).containsEntry("status", "PAUSED");
			});
		assertThat(outboxTo(6104)).isEmpty();
	}

	@Test
	void deactivatingAsksFirstThenTellsTheVolunteerAndAudits() throws Exception {
		volunteer("V-s5", 6105, VolunteerStatus.PAUSED);

		assertThat(page("/volunteers/V-s5/deactivate")).contains("Deactivate the volunteer V-s5?");
		assertThat(stored("V-s5").status()).isEqualTo(VolunteerStatus.PAUSED);

		MvcResult result = perform(post("/volunteers/V-s5/deactivate").with(csrf()));

		assertThat(result.getFlashMap().get("outcome")).isEqualTo("volunteers.deactivated");
		assertThat(stored("V-s5").status()).isEqualTo(VolunteerStatus.DEACTIVATED);
		assertThat(outboxTo(6105)).hasSize(1);
		assertThat(audit("V-s5")).singleElement().satisfies((entry) -> {
			assertThat(entry.action()).isEqualTo("volunteer.deactivated");
			assertThat(entry.before()).containsEntry("status", "PAUSED");
			assertThat(entry.after()).containsEntry("status", "DEACTIVATED");
		});
		assertThat(page("/volunteers/V-s5")).doesNotContain("id=\"deactivate\"", "id=\"resume\"", "id=\"pause\"");
	}

	@Test
	void anIllegalTransitionIsRefusedNamingTheCurrentStatus() throws Exception {
		volunteer("V-s6", 6106, VolunteerStatus.PENDING);

		MvcResult result = perform(post("/volunteers/V-s6/deactivate").with(csrf()));

		assertThat(result.getFlashMap().get("refusedStatus")).isEqualTo("PENDING");
		assertThat(stored("V-s6").status()).isEqualTo(VolunteerStatus.PENDING);
		assertThat(outboxTo(6106)).isEmpty();
		assertThat(audit("V-s6")).isEmpty();
		String shown = this.mvc
			.perform(get("/volunteers/V-s6").flashAttr("refusedStatus", "PENDING").with(user(this.admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(shown).contains("Not done: the volunteer is now “Waiting for approval”.");

		assertThat(perform(post("/volunteers/V-s6/resume").with(csrf())).getFlashMap().get("refusedStatus"))
			.isEqualTo("PENDING");
		assertThat(perform(post("/volunteers/V-s6/profile").param("skills", "time")
			.param("languages", "en")
			.param("region", "Lodz")
			.param("maxOpenRequests", "3")
			.with(csrf())).getFlashMap().get("refusedStatus")).isEqualTo("PENDING");
		assertThat(stored("V-s6").details()).containsEntry("region", "Warsaw");
	}

	@Test
	void everyChangeNeedsACsrfToken() throws Exception {
		volunteer("V-s7", 6107, VolunteerStatus.APPROVED);

		for (String action : List.of("pause", "resume", "deactivate", "profile")) {
			assertThat(perform(post("/volunteers/V-s7/" + action)).getResponse().getStatus()).as(action).isEqualTo(403);
		}
		assertThat(stored("V-s7").status()).isEqualTo(VolunteerStatus.APPROVED);
		assertThat(audit("V-s7")).isEmpty();
	}

	@Test
	void anUnknownVolunteerIsNotFound() throws Exception {
		assertThat(perform(post("/volunteers/V-none/pause").with(csrf())).getResponse().getStatus()).isEqualTo(404);
		assertThat(perform(get("/volunteers/V-none/deactivate")).getResponse().getStatus()).isEqualTo(404);
	}

	private static final String AVAILABILITY = "volunteers.error.availability";

	private MockHttpServletRequestBuilder profile(String id) {
		return post("/volunteers/" + id + "/profile").param("skills", "mentor")
			.param("languages", "en")
			.param("region", "Warsaw")
			.param("maxOpenRequests", "7");
	}

	private Object availabilityError(String id, String field, String value) throws Exception {
		return perform(profile(id).param(field, value).with(csrf())).getFlashMap().get(FormError.ATTRIBUTE);
	}

	private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(this.admin))).andReturn();
	}

	private String page(String path) throws Exception {
		return perform(get(path)).getResponse().getContentAsString();
	}

	private Volunteer stored(String id) {
		return this.mongo.findById(id, Volunteer.class);
	}

	private List<OutboxEntry> outboxTo(long chatId) {
		return this.mongo.find(Query.query(Criteria.where("chatId").is(chatId)), OutboxEntry.class);
	}

	private List<AuditEntry> audit(String id) {
		return this.mongo.find(Query.query(Criteria.where("objectId").is(id)), AuditEntry.class);
	}

	private void volunteer(String id, long chatId, VolunteerStatus status) {
		this.mongo.insert(new Volunteer(id, chatId, "en", "recovery",
				Map.of("realName", "Real Name " + chatId, "contact", "+48 600 " + chatId, "skills", List.of("mentor"),
						"languages", List.of("en"), "region", "Warsaw", "maxOpenRequests", 7, "days", List.of("tue"),
						"hours", List.of("evening"), "quietHours", "23-07"),
				status, SHIPPED_SIGNUP, Instant.now(), Instant.now(), null, null, Volunteer.SCHEMA_VERSION));
	}

}
