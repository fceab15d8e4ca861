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
import org.springframework.context.MessageSource;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

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

	@Autowired
	MessageSource messages;

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
			.containsPattern("Line [1-9]\\d*: step “[^”]+” goes to “no-such-step”, which does not exist\\.");
		assertThat(page).contains("next: no-such-step");
		assertThat(this.catalog.versions(TEST_SCRIPT)).isEmpty();
	}

	@Test
	void draftsArePublishedAfterConfirmingAndCanBeRolledBack() throws Exception {
		saveDraft(source(1));
		assertThat(statuses()).containsExactly(ScriptStatus.DRAFT);
		assertThat(getPage("/scripts/" + TEST_SCRIPT + "/1/publish"))
			.contains("Publish version 1 of " + TEST_SCRIPT + "?");
		assertThat(statuses()).containsExactly(ScriptStatus.DRAFT);
		assertThat(notice(act("/scripts/" + TEST_SCRIPT + "/1/publish")))
			.isEqualTo("Version 1 of " + TEST_SCRIPT + " is published.");
		saveDraft(source(2));
		assertThat(getPage("/scripts/" + TEST_SCRIPT + "/2/publish"))
			.contains("Publish version 2 of " + TEST_SCRIPT + ", replacing version 1?");
		assertThat(notice(act("/scripts/" + TEST_SCRIPT + "/2/publish")))
			.isEqualTo("Version 2 of " + TEST_SCRIPT + " is published, replacing version 1.");
		assertThat(statuses()).containsExactly(ScriptStatus.PUBLISHED, ScriptStatus.RETIRED);
		assertThat(getPage("/scripts")).contains("Roll back to version 1");

		assertThat(getPage("/scripts/" + TEST_SCRIPT + "/rollback")).contains("Roll back script",
				"Publish version 1 of " + TEST_SCRIPT + " again, replacing version 2?");
		MvcResult result = act("/scripts/" + TEST_SCRIPT + "/rollback");

		assertThat(notice(result))
			.isEqualTo("Rolled back: version 1 of " + TEST_SCRIPT + " is published again, replacing version 2.");
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
	void afterRollingBackToTheFirstVersionNoRollBackIsOffered() throws Exception {
		saveDraft(source(1));
		act("/scripts/" + TEST_SCRIPT + "/1/publish");
		saveDraft(source(2));
		act("/scripts/" + TEST_SCRIPT + "/2/publish");
		act("/scripts/" + TEST_SCRIPT + "/rollback");

		assertThat(section(getPage("/scripts"), TEST_SCRIPT)).doesNotContain("rollback");
		MvcResult confirm = this.mvc.perform(get("/scripts/" + TEST_SCRIPT + "/rollback").with(user(this.admin)))
			.andReturn();
		assertThat(confirm.getResponse().getRedirectedUrl()).isEqualTo("/scripts");
		assertThat(notice(confirm)).isEqualTo("There is no older version of " + TEST_SCRIPT + " to roll back to.");
		assertThat(notice(act("/scripts/" + TEST_SCRIPT + "/rollback")))
			.isEqualTo("There is no older version of " + TEST_SCRIPT + " to roll back to.");
		assertThat(this.catalog.published(TEST_SCRIPT).version()).isEqualTo(1);
	}

	@Test
	void theListShowsEachScriptsDescription() throws Exception {
		String page = getPage("/scripts");

		assertThat(section(page, "volunteer-signup")).contains("Sign-up of a volunteer, ending in moderator approval.");
		assertThat(section(page, "onboarding")).contains("First conversation with a new participant");
	}

	@Test
	void aTypoInAStepIdShowsTheRealProblemFirstWithTheStepsItCutOffFoldedUnderIt() throws Exception {
		String broken = source(1).replace("next: contact\n", "next: cotnact\n");

		String page = postDraft(broken);

		String problems = page.substring(page.indexOf("<ol class=\"problems\">"), page.indexOf("</ol>"));
		assertThat(problems.split("<li class=\"problem\"", -1)).as("one problem to fix").hasSize(2);
		assertThat(problems).containsPattern("<li class=\"problem\" data-line=\"" + lineOf(broken, "next: cotnact")
				+ "\">\\s*<a class=\"goto-line\" href=\"#source\" data-line=\"\\d+\">Line \\d+: step “[^”]+” goes to “cotnact”");
		assertThat(problems).contains("<details class=\"follow-ons\">", ": nothing leads to step “contact”")
			.containsPattern("Problems that follow from this one: [1-9]\\d*\\. They go away once it is fixed\\.");
		assertThat(problems.indexOf("cotnact")).isLessThan(problems.indexOf("<details"));
	}

	@Test
	void aParserErrorIsAPlainSentenceWithItsLineInTheViewersLanguage() throws Exception {
		String broken = source(1).replace("\n    next: contact\n", "\n   next: contact\n");
		int line = lineOf(broken, "next: contact");

		assertThat(postDraft(broken)).contains("Line " + line + ": the indentation does not match the lines above.")
			.doesNotContain("block end");
		assertThat(postDraft(broken, "ru"))
			.contains("Строка " + line + ": отступ не совпадает с отступами строк выше.");
		assertThat(postDraft(broken, "pl")).contains("Wiersz " + line + ": wcięcie nie pasuje do wierszy powyżej.");
	}

	@Test
	void validatorProblemsArePlainSentencesNamingTheStepInTheViewersLanguage() throws Exception {
		String broken = source(1).replace("next: contact\n", "next: cotnact\n");
		int typo = lineOf(broken, "next: cotnact");
		int contact = lineOf(broken, "- id: contact");

		assertThat(postDraft(broken))
			.contains("Line " + typo + ": step “real-name” goes to “cotnact”, which does not exist.",
					"Line " + contact + ": nothing leads to step “contact”, so nobody will ever reach it.")
			.doesNotContain("but there is no step with that id", "No transition leads to step", "unknown-step",
					"unreachable-step");
		assertThat(postDraft(broken, "ru"))
			.contains("Строка " + typo + ": шаг «real-name» ведёт к шагу «cotnact», которого нет.",
					"Строка " + contact + ": к шагу «contact» ничто не ведёт, поэтому до него никто не дойдёт.")
			.doesNotContain("but there is no step with that id", "No transition leads to step", "unknown-step",
					"unreachable-step");
		assertThat(postDraft(broken, "pl"))
			.contains("Wiersz " + typo + ": krok „real-name” prowadzi do „cotnact”, który nie istnieje.",
					"Wiersz " + contact + ": nic nie prowadzi do kroku „contact”, więc nikt do niego nie dotrze.")
			.doesNotContain("but there is no step with that id", "No transition leads to step", "unknown-step",
					"unreachable-step");
	}

	@Test
	void aMisspeltKeyIsNamedInTheViewersLanguage() throws Exception {
		String broken = source(1).replace("\n    next: contact\n", "\n    nxet: contact\n");
		int line = lineOf(broken, "nxet: contact");

		assertThat(postDraft(broken))
			.contains("Line " + line + ": the key “nxet” does not belong here. Check its spelling and its indentation.")
			.doesNotContain("additional properties");
		assertThat(postDraft(broken, "ru")).contains("Строка " + line + ": ключу «nxet» здесь не место.");
		assertThat(postDraft(broken, "pl")).contains("Wiersz " + line + ": klucz „nxet” nie pasuje w tym miejscu.");
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
	void savingAPublishedVersionAgainStoresItAsTheNextVersionWithoutAskingForANumber() throws Exception {
		StoredScript published = this.catalog.publishedVersion("volunteer-signup").orElseThrow();
		int newest = this.catalog.versions("volunteer-signup").get(0).version();
		String edited = published.source().replace("id: volunteer-signup", "id: " + TEST_SCRIPT);
		saveDraft(edited);
		act("/scripts/" + TEST_SCRIPT + "/" + published.version() + "/publish");

		MvcResult result = this.mvc.perform(
				post("/scripts/drafts").param("source", edited + "\n# changed\n").with(csrf()).with(user(this.admin)))
			.andReturn();

		int next = published.version() + 1;
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/scripts");
		assertThat(notice(result))
			.isEqualTo("Saved as a draft: version " + next + " of " + TEST_SCRIPT + ". Version " + published.version()
					+ " is already published, so the draft got the next number. Publish it when it is ready.");
		assertThat(this.catalog.stored(TEST_SCRIPT, next).orElseThrow().source()).contains("version: " + next + "\n",
				"# changed");
		assertThat(this.catalog.versions("volunteer-signup").get(0).version()).isEqualTo(newest);
	}

	private String postDraft(String source) throws Exception {
		return postDraft(source, "en");
	}

	private String postDraft(String source, String language) throws Exception {
		return this.mvc
			.perform(post("/scripts/drafts").param("source", source)
				.sessionAttr(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME,
						java.util.Locale.forLanguageTag(language))
				.with(csrf())
				.with(user(this.admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The scripts page's notice after an action, as the page shows it in English. */
	private String notice(MvcResult result) {
		ScriptsController.Notice notice = (ScriptsController.Notice) result.getFlashMap().get(ScriptsController.NOTICE);
		assertThat(notice).as("notice").isNotNull();
		return this.messages.getMessage(notice.key(), notice.argumentArray(), java.util.Locale.ENGLISH);
	}

	/** The part of the scripts page about one script. */
	private static String section(String page, String scriptId) {
		int start = page.indexOf("data-script=\"" + scriptId + "\"");
		assertThat(start).as(scriptId).isPositive();
		int end = page.indexOf("</section>", start);
		return page.substring(start, end);
	}

	private static int lineOf(String text, String line) {
		List<String> lines = java.util.Arrays.asList(text.split("\n", -1));
		return lines.stream().map(String::strip).toList().indexOf(line) + 1;
	}

	private void saveDraft(String source) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/scripts/drafts").param("source", source).with(csrf()).with(user(this.admin)))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/scripts");
		assertThat(notice(result)).startsWith("Saved as a draft: version ");
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
