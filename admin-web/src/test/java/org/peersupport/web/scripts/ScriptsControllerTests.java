package org.peersupport.web.scripts;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.scripts.DefaultScripts;
import org.peersupport.conversation.ScriptCatalog;
import org.peersupport.conversation.ScriptStatus;
import org.peersupport.conversation.StoredScript;
import org.peersupport.web.audit.AuditEntry;

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

@SpringBootTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
@AutoConfigureMockMvc
class ScriptsControllerTests {

	private static final String TEST_SCRIPT = "panel-test-signup";

	@Autowired
	MockMvc mvc;

	@Autowired
	ScriptCatalog catalog;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	UserDetailsService users;

	UserDetails admin;

	@BeforeEach
	void signIn() {
		this.mongo.remove(Query.query(Criteria.where("scriptId").is(TEST_SCRIPT)), StoredScript.class);
		this.mongo.remove(Query.query(Criteria.where("objectId").is(TEST_SCRIPT)), AuditEntry.class);
		this.admin = this.users.loadUserByUsername("root-admin");
	}

	@Test
	void theListShowsTheShippedScriptsAndWhichVersionIsPublished() throws Exception {
		String page = getPage("/scripts");

		assertThat(page).contains("data-script=\"onboarding\"", "data-script=\"volunteer-signup\"",
				"data-script=\"check-in\"", "data-script=\"check-in-plain\"",
				"data-key=\"onboarding@" + DefaultScripts.all().get(0).version() + "\"", "Published");
	}

	@Test
	void anInvalidDraftIsNotSavedAndEachProblemIsShownWithItsLine() throws Exception {
		String broken = source(1).replace("next: real-name", "next: no-such-step");

		String page = this.mvc
			.perform(post("/scripts/drafts").param("source", broken).with(csrf()).with(user(this.admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("The script was not saved:", "no-such-step")
			.containsPattern("Line [1-9]\\d*, column");
		assertThat(page).contains("next: no-such-step");
		assertThat(this.catalog.versions(TEST_SCRIPT)).isEmpty();
	}

	@Test
	void draftsArePublishedAfterConfirmingAndCanBeRolledBack() throws Exception {
		saveDraft(source(1));
		assertThat(statuses()).containsExactly(ScriptStatus.DRAFT);
		assertThat(getPage("/scripts/" + TEST_SCRIPT + "/1/publish")).contains("Publish " + TEST_SCRIPT + "@1?");
		assertThat(statuses()).containsExactly(ScriptStatus.DRAFT);
		act("/scripts/" + TEST_SCRIPT + "/1/publish");
		saveDraft(source(2));
		act("/scripts/" + TEST_SCRIPT + "/2/publish");
		assertThat(statuses()).containsExactly(ScriptStatus.PUBLISHED, ScriptStatus.RETIRED);

		assertThat(getPage("/scripts/" + TEST_SCRIPT + "/rollback")).contains("Roll back script");
		MvcResult result = act("/scripts/" + TEST_SCRIPT + "/rollback");

		assertThat(result.getFlashMap().get("outcome")).isEqualTo("scripts.rolled-back");
		assertThat(statuses()).containsExactly(ScriptStatus.RETIRED, ScriptStatus.PUBLISHED);
		assertThat(this.catalog.published(TEST_SCRIPT).version()).isEqualTo(1);
		List<AuditEntry> audit = this.mongo.find(Query.query(Criteria.where("objectId").is(TEST_SCRIPT)),
				AuditEntry.class);
		assertThat(audit).extracting(AuditEntry::action)
			.containsExactly("script.published", "script.published", "script.rolled-back");
		assertThat(audit.get(2).before()).containsEntry("published", TEST_SCRIPT + "@2");
		assertThat(audit.get(2).after()).containsEntry("published", TEST_SCRIPT + "@1");
	}

	@Test
	void theDiffShowsWhichLinesChangedBetweenTwoVersions() throws Exception {
		saveDraft(source(1));
		saveDraft(source(2).replace("What is your name?", "What should we call you?"));

		assertThat(getPage("/scripts")).contains("/scripts/" + TEST_SCRIPT + "/diff?from=1&amp;to=2");
		String page = getPage("/scripts/" + TEST_SCRIPT + "/diff?from=1&to=2");

		assertThat(page).contains("Changes from " + TEST_SCRIPT + "@1 to " + TEST_SCRIPT + "@2")
			.doesNotContain("The two versions are the same.");
		assertThat(page).containsPattern(
				"class=\"diff-removed\">\\s*<td>\\d+</td>\\s*<td></td>\\s*<td>-</td>\\s*<td><code>version: 1</code>")
			.containsPattern(
					"class=\"diff-added\">\\s*<td></td>\\s*<td>\\d+</td>\\s*<td>\\+</td>\\s*<td><code>version: 2</code>")
			.containsPattern("class=\"diff-added\">(?:(?!</tr>)[\\s\\S])*What should we call you\\?");
		assertThat(page).containsPattern("class=\"diff-same\">(?:(?!</tr>)[\\s\\S])*id: " + TEST_SCRIPT);
		assertThat(getPage("/scripts/" + TEST_SCRIPT + "/diff?from=2&to=2")).contains("The two versions are the same.");
	}

	@Test
	void tryingADraftStartsItOnANewEmptySandboxPhoneWithoutPublishingIt() throws Exception {
		saveDraft(source(1));

		MvcResult result = act("/scripts/" + TEST_SCRIPT + "/1/try");

		java.util.regex.Matcher shown = java.util.regex.Pattern.compile("/sandbox\\?phone=(\\d+)&phone=2001")
			.matcher(result.getResponse().getRedirectedUrl());
		assertThat(shown.matches()).as(result.getResponse().getRedirectedUrl()).isTrue();
		long phone = Long.parseLong(shown.group(1));
		assertThat(phone).isNotEqualTo(1001L);
		String again = act("/scripts/" + TEST_SCRIPT + "/1/try").getResponse().getRedirectedUrl();
		assertThat(again).doesNotContain("phone=" + phone + "&");
		assertThat(statuses()).containsExactly(ScriptStatus.DRAFT);
		List<AuditEntry> audit = this.mongo.find(
				Query.query(Criteria.where("objectId").is(TEST_SCRIPT).and("action").is("script.tried")),
				AuditEntry.class);
		assertThat(audit).hasSize(2)
			.first()
			.satisfies((entry) -> assertThat(entry.after()).containsEntry("version", TEST_SCRIPT + "@1"));
		assertThat(this.mongo.getCollection("conversations").find(new Document("_id", phone)).first()).isNotNull()
			.satisfies((conversation) -> assertThat(conversation.get("scriptId")).isEqualTo(TEST_SCRIPT));
	}

	@Test
	void theDiffOfAVersionThatDoesNotExistIsNotFound() throws Exception {
		saveDraft(source(1));

		assertThat(this.mvc.perform(get("/scripts/" + TEST_SCRIPT + "/diff?from=1&to=7").with(user(this.admin)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void savingAPublishedVersionAgainAsksForANewVersion() throws Exception {
		String page = this.mvc
			.perform(post("/scripts/drafts").param("source", this.catalog.versions("onboarding").get(0).source())
				.with(csrf())
				.with(user(this.admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Line 1, column 1", "already published");
	}

	private void saveDraft(String source) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/scripts/drafts").param("source", source).with(csrf()).with(user(this.admin)))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/scripts");
		assertThat(result.getFlashMap().get("outcome")).isEqualTo("scripts.draft-saved");
	}

	private List<ScriptStatus> statuses() {
		return this.catalog.versions(TEST_SCRIPT).stream().map(StoredScript::status).toList();
	}

	private String source(int version) {
		StoredScript shipped = this.catalog.versions("volunteer-signup").get(0);
		return shipped.source()
			.replace("id: volunteer-signup", "id: " + TEST_SCRIPT)
			.replace("version: " + shipped.version(), "version: " + version);
	}

	private MvcResult act(String path) throws Exception {
		return this.mvc.perform(post(path).with(csrf()).with(user(this.admin))).andReturn();
	}

	private String getPage(String path) throws Exception {
		return this.mvc.perform(get(path).with(user(this.admin))).andReturn().getResponse().getContentAsString();
	}

}
