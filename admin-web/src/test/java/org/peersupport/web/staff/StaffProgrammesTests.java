package org.peersupport.web.staff;

import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.web.audit.AuditEntry;
import org.peersupport.web.security.PanelRole;
import org.peersupport.web.security.StaffAccount;
import org.peersupport.web.security.StaffAccountRepository;
import org.peersupport.web.security.StaffAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The programme picker: configured programmes as checkboxes by name, and a key no
 * programme has refused in the panel's languages with nothing saved.
 */
@SpringBootTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
@AutoConfigureMockMvc
class StaffProgrammesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts staff;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	MongoTemplate mongo;

	StaffAccount moderator;

	@BeforeEach
	void aModeratorOfOneProgramme() {
		this.accounts.findByUsername("picked-mod").ifPresent(this.accounts::delete);
		this.accounts.findByUsername("fresh-mod").ifPresent(this.accounts::delete);
		this.moderator = this.staff.create("picked-mod", "correct-horse-2", PanelRole.MODERATOR, Locale.ENGLISH);
		this.moderator.limitToProgrammes(Set.of("recovery"));
		this.moderator = this.staff.save(this.moderator);
	}

	@Test
	void thePickerOffersTheConfiguredProgrammesByNameWithTheModeratorsTicked() throws Exception {
		String page = page(get("/staff/" + this.moderator.getId() + "/programmes"), "en");

		assertThat(page).contains("Recovery programme", "Families with mentors", "Circles of support")
			.contains("id=\"programme-recovery\" checked=\"checked\"")
			.doesNotContain("id=\"programme-circles\" checked=\"checked\"");
	}

	@Test
	void ticksLimitTheModeratorToThoseProgrammes() throws Exception {
		page(post("/staff/" + this.moderator.getId() + "/programmes").param("programmes", "circles", "family-mentors"),
				"en");

		assertThat(reloaded().getProgrammes()).containsExactlyInAnyOrder("circles", "family-mentors");
		assertThat(this.mvc.perform(get("/staff").with(user(this.users.loadUserByUsername("root-admin"))))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Families with mentors, Circles of support");
	}

	@Test
	void anUnknownKeyIsRefusedInThePanelsLanguagesAndNothingIsSaved() throws Exception {
		long audited = auditedChanges();
		var typo = post("/staff/" + this.moderator.getId() + "/programmes").param("programmes", "recovry", "circles");

		assertThat(page(typo, "en")).contains("No programme is set up under “recovry”", "nothing was saved");
		assertThat(page(typo, "ru")).contains("Программы «recovry» нет в настройках");
		assertThat(page(typo, "pl")).contains("Nie ma skonfigurowanego programu „recovry”");
		assertThat(reloaded().getProgrammes()).containsExactly("recovery");
		assertThat(auditedChanges()).isEqualTo(audited);
	}

	@Test
	void aNewModeratorGetsTheTickedProgrammesAndAnUnknownOneCreatesNobody() throws Exception {
		String refused = page(post("/staff").param("username", "fresh-mod")
			.param("password", "fresh-horse-22")
			.param("programmes", "circles", "no-such-programme"), "en");
		assertThat(refused).contains("No programme is set up under “no-such-programme”")
			.contains("id=\"programme-circles\" checked=\"checked\"");
		assertThat(this.accounts.findByUsername("fresh-mod")).isEmpty();

		page(post("/staff").param("username", "fresh-mod")
			.param("password", "fresh-horse-22")
			.param("programmes", "circles"), "en");
		assertThat(this.accounts.findByUsername("fresh-mod"))
			.hasValueSatisfying((created) -> assertThat(created.getProgrammes()).containsExactly("circles"));
	}

	private StaffAccount reloaded() {
		return this.accounts.findById(this.moderator.getId()).orElseThrow();
	}

	private long auditedChanges() {
		return this.mongo.count(Query.query(Criteria.where("objectId").is(this.moderator.getId())), AuditEntry.class);
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String language) throws Exception {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME, Locale.forLanguageTag(language));
		return this.mvc
			.perform(request.session(session).with(csrf()).with(user(this.users.loadUserByUsername("root-admin"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
