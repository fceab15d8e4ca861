package org.peersupport.web.audit;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The audit page in words: actions as sentences, staff by username (never their internal
 * id), objects linked to their pages where the viewer may open them, programmes by name.
 */
@SpringBootTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
@AutoConfigureMockMvc
class AuditPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	AuditLog auditLog;

	@Autowired
	StaffAccounts staff;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	UserDetailsService users;

	StaffAccount target;

	@BeforeEach
	void seed() {
		this.mongo.remove(Query.query(Criteria.where("objectId").regex("^V-audit-")), AuditEntry.class);
		this.mongo.remove(Query.query(Criteria.where("username").in("audit-target", "audit-mod")), StaffAccount.class);
		this.target = this.staff.create("audit-target", "correct-horse-2", PanelRole.MODERATOR, Locale.ENGLISH);
		this.staff.create("audit-mod", "correct-horse-2", PanelRole.MODERATOR, Locale.ENGLISH);
		var admin = this.accounts.findByUsername("root-admin").orElseThrow().toPanelUser();
		this.auditLog.record(admin, "volunteer.approved", "volunteer", "V-audit-1", "recovery", Map.of(),
				Map.of("identity-checked", true));
		this.auditLog.record(admin, "staff.disabled", "staff-account", this.target.getId(), Map.of("enabled", true),
				Map.of("enabled", false));
	}

	@Test
	void entriesReadAsSentencesWithStaffByNameAndLinksToTheirObjects() throws Exception {
		String page = page(this.users.loadUserByUsername("root-admin"));

		assertThat(page)
			.contains("Approved a volunteer", "Volunteer application", "Recovery programme", "Disabled a staff account",
					"Staff account")
			.contains("<a href=\"/volunteers/V-audit-1\">V-audit-1</a>", "<a href=\"/staff\">audit-target</a>")
			.doesNotContain(this.target.getId(), ">volunteer.approved<", ">staff.disabled<");
	}

	@Test
	void aModeratorGetsNoLinkToAdminPages() throws Exception {
		String page = page(this.users.loadUserByUsername("audit-mod"));

		assertThat(page).contains("<a href=\"/volunteers/V-audit-1\">V-audit-1</a>", "<span>audit-target</span>")
			.doesNotContain("href=\"/staff\"", this.target.getId());
	}

	@Test
	void aLimitedModeratorFiltersWithinHerProgrammesAndIsToldWhenAProgrammeIsNotHers() throws Exception {
		StaffAccount limited = this.accounts.findByUsername("audit-mod").orElseThrow();
		limited.limitToProgrammes(java.util.Set.of("recovery"));
		this.staff.save(limited);
		UserDetails moderator = this.users.loadUserByUsername("audit-mod");

		String filters = page(moderator, "/audit");
		assertThat(filters)
			.contains("<option value=\"volunteer.approved\">Approved a volunteer</option>",
					"<option value=\"recovery\">Recovery programme</option>")
			.doesNotContain("value=\"staff.disabled\"", "value=\"circles\"");
		assertThat(page(moderator, "/audit?programme=recovery&action=volunteer.approved")).contains("V-audit-1");
		assertThat(page(moderator, "/audit?programme=circles"))
			.contains("Choose a programme from the list: this one is not among yours.")
			.doesNotContain("<table id=\"audit-entries\"");
		assertThat(page(moderator, "/audit?from=2026-03-04&to=2026-03-01"))
			.contains("The first day comes after the last day.");
	}

	private String page(UserDetails who) throws Exception {
		return page(who, "/audit");
	}

	private String page(UserDetails who, String path) throws Exception {
		return this.mvc.perform(get(path).with(user(who))).andReturn().getResponse().getContentAsString();
	}

}
