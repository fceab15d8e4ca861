package org.peersupport.web.volunteers;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.scripts.DefaultScripts;
import org.peersupport.messaging.OutboxEntry;
import org.peersupport.messaging.OutboxState;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.requests.MedicineOffer;
import org.peersupport.web.audit.AuditEntry;
import org.peersupport.web.security.PanelRole;
import org.peersupport.web.security.StaffAccount;
import org.peersupport.web.security.StaffAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@SpringBootTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
@AutoConfigureMockMvc
class VolunteersControllerTests {

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

	@Autowired
	StaffAccounts staff;

	UserDetails admin;

	@BeforeEach
	void signIn() {
		this.mongo.remove(new Query(), Volunteer.class);
		this.admin = this.users.loadUserByUsername("root-admin");
	}

	@Test
	void listFiltersBySkillLanguageRegionAndStatusWithoutShowingNames() throws Exception {
		volunteer("V-anna", 6001, "Anna Nowak", List.of("mentor", "lawyer"), List.of("pl", "en"), "Warsaw",
				VolunteerStatus.PENDING);
		volunteer("V-oleg", 6002, "Oleg Petrov", List.of("medicine"), List.of("ru"), "Kraków",
				VolunteerStatus.APPROVED);
		volunteer("V-ira", 6003, "Ira Shevchenko", List.of("mentor"), List.of("uk"), "Lviv region",
				VolunteerStatus.REJECTED);

		assertThat(rows("/volunteers")).containsExactlyInAnyOrder("V-anna", "V-oleg", "V-ira");
		assertThat(rows("/volunteers?skill=mentor")).containsExactlyInAnyOrder("V-anna", "V-ira");
		assertThat(rows("/volunteers?language=ru")).containsExactly("V-oleg");
		assertThat(rows("/volunteers?region=LVIV")).containsExactly("V-ira");
		assertThat(rows("/volunteers?region=.*")).isEmpty();
		assertThat(rows("/volunteers?status=PENDING&skill=mentor")).containsExactly("V-anna");
		assertThat(getPage("/volunteers")).doesNotContain("Anna Nowak", "Oleg", "+48");
		// The filter offers the default skills (peer.volunteers.skills unset), in order.
		assertThat(java.util.regex.Pattern.compile("<option value=\"([a-z-]+)\"[^>]*>([^<]+)</option>")
			.matcher(getPage("/volunteers").split("id=\"language\"")[0])
			.results()
			.map((match) -> match.group(1) + "=" + match.group(2))
			.toList()).containsExactly("psychologist=I’m a psychologist", "job-coach=Help finding work",
					"lawyer=Legal help", "medicine=I can buy medicine", "mentor=Mentoring",
					"time=Time and a listening ear");
	}

	@Test
	void anApplicationShowsTheVettingDetailsEscaped() throws Exception {
		volunteer("V-eve", 6004, "<script>alert(1)</script>", List.of("time"), List.of("en"), "Gdansk",
				VolunteerStatus.PENDING);

		String page = getPage("/volunteers/V-eve");

		assertThat(page).contains("Real name", "&lt;script&gt;alert(1)&lt;/script&gt;", "Contact", "+48 600 6004",
				"Vetting checklist");
		assertThat(page).doesNotContain("<script>alert(1)");
		assertThat(this.mvc.perform(get("/volunteers/V-nobody").with(user(this.admin)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void aDonorsPageListsTheirStandingMedicineOffersOnlyAndEscaped() throws Exception {
		this.mongo.remove(new Query(), MedicineOffer.class);
		volunteer("V-donor", 6011, "Dora Donor", List.of("medicine"), List.of("pl"), "Lublin",
				VolunteerStatus.APPROVED);
		volunteer("V-none", 6012, "Nina None", List.of("medicine"), List.of("pl"), "Lublin", VolunteerStatus.APPROVED);
		Instant later = Instant.now().plus(java.time.Duration.ofDays(10));
		medicineOffer("MO-a", 6011, "<b>Insulin</b>", "Lublin", later, MedicineOffer.Status.ACTIVE);
		medicineOffer("MO-b", 6011, "Aspirin", null, later, MedicineOffer.Status.ACTIVE);
		medicineOffer("MO-c", 6011, "Withdrawnol", null, later, MedicineOffer.Status.WITHDRAWN);
		medicineOffer("MO-d", 6011, "Expiredol", null, Instant.now().minusSeconds(60), MedicineOffer.Status.ACTIVE);

		String page = getPage("/volunteers/V-donor");

		assertThat(page).contains("Standing medicine offers", "&lt;b&gt;Insulin&lt;/b&gt;", "Aspirin", "any",
				java.time.LocalDate.ofInstant(later, java.time.ZoneOffset.UTC).toString());
		assertThat(page).doesNotContain("<b>Insulin", "Withdrawnol", "Expiredol");
		assertThat(getPage("/volunteers/V-none")).doesNotContain("Standing medicine offers");
	}

	@Test
	void approvingWithoutCheckingIdentityIsRefused() throws Exception {
		volunteer("V-fast", 6005, "Fast Approver", List.of("time"), List.of("en"), "Poznan", VolunteerStatus.PENDING);

		String page = this.mvc
			.perform(post("/volunteers/V-fast/approve").param("checked", "reference-contacted")
				.with(csrf())
				.with(user(this.admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Check the volunteer’s identity before approving.");
		assertThat(status("V-fast")).isEqualTo(VolunteerStatus.PENDING);
		assertThat(outboxTo(6005)).isEmpty();
		assertThat(auditFor("V-fast")).isEmpty();
	}

	@Test
	void approvingTellsTheVolunteerAndAuditsTheChecklist() throws Exception {
		volunteer("V-good", 6006, "Good Person", List.of("mentor"), List.of("pl"), "Warsaw", VolunteerStatus.PENDING);

		MvcResult result = this.mvc
			.perform(post("/volunteers/V-good/approve").param("checked", "identity-checked")
				.param("checked", "training-done")
				.param("note", "See you on Monday")
				.with(csrf())
				.with(user(this.admin)))
			.andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/volunteers/V-good");
		assertThat(result.getFlashMap().get("outcome")).isEqualTo("volunteers.approved");
		assertThat(status("V-good")).isEqualTo(VolunteerStatus.APPROVED);
		assertThat(outboxTo(6006)).hasSize(1);
		List<AuditEntry> audit = auditFor("V-good");
		assertThat(audit).singleElement().satisfies((entry) -> {
			assertThat(entry.action()).isEqualTo("volunteer.approved");
			assertThat(entry.actorName()).isEqualTo("root-admin");
			assertThat(entry.after()).containsEntry("identity-checked", "true")
				.containsEntry("reference-contacted", "false")
				.containsEntry("training-done", "true")
				.containsEntry("status", "APPROVED");
			assertThat(entry.programme()).isEqualTo("recovery");
		});
	}

	@Test
	void theApprovalPageShowsTheChecklistOfTheVolunteersProgrammeAndRequiresItsRequiredItems() throws Exception {
		this.mongo.insert(new Volunteer("V-mentor", 6011, "en", "family-mentors",
				Map.of("realName", "Maria Mentor", "skills", List.of("mentor")), VolunteerStatus.PENDING,
				SHIPPED_SIGNUP, Instant.now(), Instant.now(), null, null, Volunteer.SCHEMA_VERSION));

		String page = getPage("/volunteers/V-mentor");
		assertThat(page).contains("Families with mentors", "value=\"identity-checked\"", "value=\"mentor-school\"",
				"Mentors&#39; school finished", "value=\"agreement-signed\"");
		assertThat(page).doesNotContain("value=\"training-done\"");

		String refused = this.mvc
			.perform(post("/volunteers/V-mentor/approve").param("checked", "identity-checked", "training-done")
				.with(csrf())
				.with(user(this.admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Tick every required item of the checklist before approving.");
		assertThat(status("V-mentor")).isEqualTo(VolunteerStatus.PENDING);

		this.mvc.perform(post("/volunteers/V-mentor/approve").param("checked", "identity-checked", "mentor-school")
			.with(csrf())
			.with(user(this.admin)));
		assertThat(status("V-mentor")).isEqualTo(VolunteerStatus.APPROVED);
		assertThat(auditFor("V-mentor")).singleElement().satisfies((entry) -> {
			assertThat(entry.programme()).isEqualTo("family-mentors");
			assertThat(entry.after()).containsEntry("identity-checked", "true")
				.containsEntry("reference-contacted", "false")
				.containsEntry("mentor-school", "true")
				.containsEntry("agreement-signed", "false")
				.doesNotContainKey("training-done");
		});
	}

	@Test
	void rejectingAsksFirstThenTellsTheVolunteer() throws Exception {
		volunteer("V-no", 6007, "Not Now", List.of("lawyer"), List.of("ru"), "Minsk", VolunteerStatus.PENDING);

		assertThat(getPage("/volunteers/V-no/reject")).contains("Reject the application V-no?");
		assertThat(status("V-no")).isEqualTo(VolunteerStatus.PENDING);
		MvcResult result = this.mvc
			.perform(post("/volunteers/V-no/reject").param("note", "We need people in Warsaw")
				.with(csrf())
				.with(user(this.admin)))
			.andReturn();

		assertThat(result.getFlashMap().get("outcome")).isEqualTo("volunteers.rejected");
		assertThat(status("V-no")).isEqualTo(VolunteerStatus.REJECTED);
		assertThat(outboxTo(6007)).hasSize(1);
		assertThat(auditFor("V-no")).extracting(AuditEntry::action).containsExactly("volunteer.rejected");

		MvcResult again = this.mvc
			.perform(post("/volunteers/V-no/approve").param("checked", "identity-checked")
				.with(csrf())
				.with(user(this.admin)))
			.andReturn();
		assertThat(again.getFlashMap().get("outcome")).isEqualTo("volunteers.already-decided");
		assertThat(status("V-no")).isEqualTo(VolunteerStatus.REJECTED);
	}

	@Test
	void rejectOnTheApplicationPageCarriesTheTypedNoteToTheConfirmPageAndChangesNothing() throws Exception {
		volunteer("V-note", 6012, "Noted Person", List.of("lawyer"), List.of("ru"), "Minsk", VolunteerStatus.PENDING);
		assertThat(getPage("/volunteers/V-note")).containsPattern(
				"<button type=\"submit\" class=\"danger\" id=\"reject\" formaction=\"/volunteers/V-note/reject/confirm\"");

		String confirm = this.mvc
			.perform(post("/volunteers/V-note/reject/confirm").param("note", "We need people in Warsaw")
				.param("checked", "identity-checked")
				.with(csrf())
				.with(user(this.admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(confirm).contains("Reject the application V-note?")
			.containsPattern("<textarea id=\"note\" name=\"note\"[^>]*>We need people in Warsaw</textarea>");
		assertThat(status("V-note")).isEqualTo(VolunteerStatus.PENDING);
		assertThat(auditFor("V-note")).isEmpty();
		assertThat(outboxTo(6012)).isEmpty();
	}

	@Test
	void afterADecisionThePageShowsWhoDecidedAndWhichItemsWereTicked() throws Exception {
		volunteer("V-done", 6013, "Done Person", List.of("mentor"), List.of("pl"), "Warsaw", VolunteerStatus.PENDING);
		volunteer("V-nope", 6014, "Nope Person", List.of("mentor"), List.of("pl"), "Warsaw", VolunteerStatus.PENDING);
		this.mvc.perform(post("/volunteers/V-done/approve").param("checked", "identity-checked", "training-done")
			.with(csrf())
			.with(user(this.admin)));
		this.mvc.perform(post("/volunteers/V-nope/reject").with(csrf()).with(user(this.admin)));

		String approved = getPage("/volunteers/V-done");
		String rejected = getPage("/volunteers/V-nope");

		assertThat(approved).contains("Decided by", "<dd id=\"decided-by\">root-admin</dd>")
			.containsPattern("data-ticked=\"true\">✓ Identity checked")
			.containsPattern("data-ticked=\"false\">✗ Organisation or reference contacted \\(not ticked\\)")
			.containsPattern("data-ticked=\"true\">✓ Programme training done");
		assertThat(rejected).contains("<dd id=\"decided-by\">root-admin</dd>").doesNotContain("decided-checklist");
		assertThat(getPage("/volunteers/V-nope")).doesNotContain("id=\"reject\"");
	}

	@Test
	void theApplicationPageSaysWhetherTheDecisionReachedTheVolunteer() throws Exception {
		volunteer("V-told", 6016, "Told Person", List.of("mentor"), List.of("pl"), "Warsaw", VolunteerStatus.PENDING);
		assertThat(getPage("/volunteers/V-told")).doesNotContain("volunteer-told");
		this.mvc.perform(post("/volunteers/V-told/reject").with(csrf()).with(user(this.admin)));
		String message = "volunteer:V-told:decision-0";
		// once the sender is done with it, nothing else changes the entry
		await().until(() -> this.mongo.findById(message, OutboxEntry.class),
				(entry) -> entry != null && entry.state() != OutboxState.PENDING);

		told(message, OutboxState.SENT);
		assertThat(getPage("/volunteers/V-told")).contains("<dd id=\"volunteer-told\">Delivered in Telegram.</dd>");
		told(message, OutboxState.DEAD);
		assertThat(getPage("/volunteers/V-told"))
			.contains("<dd id=\"volunteer-told\">Telegram did not deliver it: see Dead letters.</dd>")
			.doesNotContain("Delivered in Telegram");
	}

	private void told(String entryId, OutboxState state) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(entryId)), Update.update("state", state),
				OutboxEntry.class);
	}

	@Test
	void answersShowAsWordsInTheViewersLanguageNotCodes() throws Exception {
		this.mongo.insert(new Volunteer("V-words", 6015, "en", "recovery",
				Map.of("realName", "Word Person", "skills", List.of("lawyer", "job-coach"), "languages",
						List.of("pl", "en"), "days", List.of("tue", "thu"), "quietHours", "22-08", "trainings",
						List.of("none", "mentor-school")),
				VolunteerStatus.PENDING, SHIPPED_SIGNUP, Instant.now(), Instant.now(), null, null,
				Volunteer.SCHEMA_VERSION));

		String list = getPage("/volunteers");
		String page = getPage("/volunteers/V-words");
		this.mongo.remove(Query.query(Criteria.where("username").is("words-pl")), StaffAccount.class);
		this.staff.create("words-pl", "correct-horse-2", PanelRole.MODERATOR, Locale.forLanguageTag("pl"));
		String polish = this.mvc
			.perform(get("/volunteers/V-words").with(user(this.users.loadUserByUsername("words-pl"))))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(list).contains("Legal help, Help finding work", "Polish, English")
			.doesNotContain("lawyer, job-coach");
		assertThat(page)
			.contains("Tue, Thu", "22:00–8:00", "None yet, Mentors’ school",
					"“None” was chosen together with other answers")
			.doesNotContain("tue, thu", "22-08");
		assertThat(polish).contains("Pomoc prawna, Pomoc w szukaniu pracy", "Polski, Angielski");
	}

	@Test
	void dashboardCountsPendingVolunteers() throws Exception {
		volunteer("V-p1", 6008, "P One", List.of("time"), List.of("en"), "A", VolunteerStatus.PENDING);
		volunteer("V-p2", 6009, "P Two", List.of("time"), List.of("en"), "B", VolunteerStatus.PENDING);
		volunteer("V-a1", 6010, "A One", List.of("time"), List.of("en"), "C", VolunteerStatus.APPROVED);

		assertThat(getPage("/")).containsPattern(
				"<a class=\"card-link\" href=\"/volunteers\\?status=PENDING\"><h2>Volunteers waiting for approval</h2>\\s*<p class=\"value\">2</p></a>");
	}

	private List<String> rows(String path) throws Exception {
		return java.util.regex.Pattern.compile("data-id=\"([^\"]+)\"")
			.matcher(getPage(path))
			.results()
			.map((match) -> match.group(1))
			.toList();
	}

	private String getPage(String path) throws Exception {
		return this.mvc.perform(get(path).with(user(this.admin))).andReturn().getResponse().getContentAsString();
	}

	private VolunteerStatus status(String id) {
		return this.mongo.findById(id, Volunteer.class).status();
	}

	private List<OutboxEntry> outboxTo(long chatId) {
		return this.mongo.find(Query.query(Criteria.where("chatId").is(chatId)), OutboxEntry.class);
	}

	private List<AuditEntry> auditFor(String id) {
		return this.mongo.find(Query.query(Criteria.where("objectId").is(id)), AuditEntry.class);
	}

	private void medicineOffer(String id, long chatId, String medicine, String region, Instant expiresAt,
			MedicineOffer.Status status) {
		this.mongo.insert(new MedicineOffer(id, chatId, "V-" + chatId, "recovery", medicine, "2 packs", region,
				java.time.LocalDate.ofInstant(expiresAt, java.time.ZoneOffset.UTC), expiresAt, status, Instant.now(),
				null, MedicineOffer.SCHEMA_VERSION));
	}

	private void volunteer(String id, long chatId, String realName, List<String> skills, List<String> languages,
			String region, VolunteerStatus status) {
		this.mongo.insert(new Volunteer(id, chatId, "en", "recovery",
				Map.of("realName", realName, "contact", "+48 600 " + chatId, "skills", skills, "languages", languages,
						"region", region),
				status, SHIPPED_SIGNUP, Instant.now(), Instant.now(), null, null, Volunteer.SCHEMA_VERSION));
	}

}
