package org.peersupport.web.programmes;

import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.checkins.CheckInPlanChanges;
import org.peersupport.checkins.CheckInPlans;
import org.peersupport.checkins.Phase;
import org.peersupport.safety.Alert;
import org.peersupport.safety.Alerts;
import org.peersupport.safety.CrisisKind;
import org.peersupport.safety.CrisisWordLists;
import org.peersupport.safety.ModeratorAlerts;
import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.EmulatorLimits;
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
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A programme's check-in settings and the crisis word lists edited in the panel: bad
 * input refused with its reason beside the field and nothing saved, good input saved over
 * configuration and audited, a limited moderator kept to her programmes, the crisis words
 * for admins only.
 */
@SpringBootTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
@AutoConfigureMockMvc
class ProgrammesControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	UserDetailsService users;

	@Autowired
	StaffAccounts staff;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	CheckInPlans plans;

	@Autowired
	CheckInPlanChanges changes;

	@Autowired
	CrisisWordLists crisisWords;

	@Autowired
	BotApiEmulator emulator;

	@Autowired
	Alerts alerts;

	UserDetails admin;

	UserDetails moderatorOfRecovery;

	@BeforeEach
	void signIn() {
		this.admin = this.users.loadUserByUsername("root-admin");
		if (this.accounts.findByUsername("programmes-mod").isEmpty()) {
			StaffAccount moderator = this.staff.create("programmes-mod", "correct-horse-3", PanelRole.MODERATOR,
					Locale.ENGLISH);
			moderator.limitToProgrammes(Set.of("recovery"));
			this.staff.save(moderator);
		}
		this.moderatorOfRecovery = this.users.loadUserByUsername("programmes-mod");
	}

	@AfterEach
	void backToConfiguration() {
		this.changes.restoreConfiguration("recovery");
		this.changes.restoreConfiguration("circles");
		CrisisWordLists.LOCALES.forEach(this.crisisWords::restoreDefaults);
		this.mongo.remove(Query.query(Criteria.where("objectType").in("programme", "crisis-words")), AuditEntry.class);
	}

	@Test
	void theProgrammesPageListsEachProgrammesPhasesInWords() throws Exception {
		String page = page(this.admin, "/programmes");
		assertThat(page).contains("/programmes/recovery", "/programmes/circles", "every day, for the first 14 days",
				"every Monday and Thursday, for the first 3 months", "every Monday, from then on",
				"Follow-up after 3 unanswered, alert after 5", "Configuration");
		assertThat(page(this.admin, "/programmes/recovery")).contains("id=\"days-0\"", "value=\"* * ?\"", "every day",
				"every Monday and Thursday", "These are the configuration’s settings");
	}

	@Test
	void aBadCronExpressionIsRefusedBesideItsFieldWithItsReasonAndNothingIsSaved() throws Exception {
		MvcResult result = save(this.admin, "recovery", "14", "days", "* * MON", "", "days", "? * MOON", "3", "2");

		String page = result.getResponse().getContentAsString();
		assertThat(page).contains("Nothing was saved.", "One of day of month and day of week must be “?”, and only one",
				"The day of week must be from 1 to 7 or SUN to SAT", "aria-invalid=\"true\"",
				"aria-describedby=\"form-error days-0-error\"", "id=\"days-0-error\"", "value=\"* * MON\"");
		assertThat(this.plans.planOf("recovery").saved()).isFalse();
		assertThat(audited("recovery")).isEmpty();
	}

	@Test
	void theReasonIsGivenInThePanelsLanguage() throws Exception {
		String russian = this.mvc
			.perform(form(this.admin, "recovery", "", "days", "1 13 ?", "", "days", "", "3", "2")
				.sessionAttr(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME, Locale.forLanguageTag("ru")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String polish = this.mvc
			.perform(form(this.admin, "recovery", "", "days", "1 13 ?", "", "days", "", "3", "2")
				.sessionAttr(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME, Locale.forLanguageTag("pl")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(russian).contains("Месяц — от 1 до 12");
		assertThat(polish).contains("Miesiąc to liczba od 1 do 12");
	}

	@Test
	void phasesOutOfOrderOrAnEndlessOneBeforeTheLastAreRefused() throws Exception {
		assertThat(save(this.admin, "recovery", "3", "months", "* * ?", "14", "days", "? * MON", "3", "2").getResponse()
			.getContentAsString()).contains("Each phase must end later than the one before", "id=\"until-1-error\"");
		assertThat(save(this.admin, "recovery", "", "days", "* * ?", "14", "days", "? * MON", "3", "2").getResponse()
			.getContentAsString()).contains("Each phase must end later than the one before", "id=\"until-0-error\"");
		assertThat(save(this.admin, "recovery", "14", "days", "* * ?", "", "days", "? * MON", "31", "2").getResponse()
			.getContentAsString()).contains("A whole number from 0 to 30.");
		assertThat(this.plans.planOf("recovery").saved()).isFalse();
	}

	@Test
	void goodSettingsAreSavedOverConfigurationAuditedAndRestored() throws Exception {
		MvcResult result = save(this.admin, "recovery", "2", "weeks", "? * MON,THU", "", "days", "? * MON", "2", "1");

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/programmes/recovery");
		assertThat(result.getFlashMap().get("outcome")).isEqualTo("programmes.saved");
		assertThat(this.plans.planOf("recovery").phases()).containsExactly(new Phase(Period.ofWeeks(2), "? * MON,THU"),
				new Phase(null, "? * MON"));
		assertThat(this.plans.planOf("recovery").followUpAfter()).isEqualTo(2);
		assertThat(this.plans.planOf("circles").saved()).isFalse();
		assertThat(audited("recovery")).singleElement().satisfies((entry) -> {
			assertThat(entry.action()).isEqualTo("programme.check-ins.saved");
			assertThat(entry.programme()).isEqualTo("recovery");
			assertThat(entry.after()).containsEntry("phases", "[P14D ? * MON,THU, endless ? * MON]")
				.containsEntry("followUpAfter", "2");
			assertThat(entry.before()).containsEntry("source", "configuration");
		});
		assertThat(page(this.admin, "/programmes/recovery")).contains("Saved in the panel by root-admin",
				"value=\"? * MON,THU\"", "value=\"14\"", "id=\"restore\"");

		MvcResult restored = this.mvc.perform(post("/programmes/recovery/restore").with(csrf()).with(user(this.admin)))
			.andReturn();

		assertThat(restored.getFlashMap().get("outcome")).isEqualTo("programmes.restored");
		assertThat(this.plans.planOf("recovery").saved()).isFalse();
		assertThat(audited("recovery")).extracting(AuditEntry::action)
			.containsExactlyInAnyOrder("programme.check-ins.saved", "programme.check-ins.restored");
	}

	@Test
	void aLimitedModeratorSeesAndEditsOnlyHerProgrammes() throws Exception {
		assertThat(page(this.moderatorOfRecovery, "/programmes")).contains("/programmes/recovery")
			.doesNotContain("/programmes/circles");
		assertThat(status(get("/programmes/circles"), this.moderatorOfRecovery)).isEqualTo(404);
		assertThat(
				save(this.moderatorOfRecovery, "circles", "", "days", "? * FRI", "", "days", "", "3", "2").getResponse()
					.getStatus())
			.isEqualTo(404);
		assertThat(this.plans.planOf("circles").saved()).isFalse();

		save(this.moderatorOfRecovery, "recovery", "", "days", "? * FRI", "", "days", "", "3", "2");

		assertThat(this.plans.planOf("recovery").phases()).containsExactly(new Phase(null, "? * FRI"));
		assertThat(audited("recovery")).extracting(AuditEntry::actorName).containsExactly("programmes-mod");
	}

	@Test
	void crisisWordsAreForAdminsOnly() throws Exception {
		assertThat(status(get("/crisis-words"), this.moderatorOfRecovery)).isEqualTo(403);
		assertThat(status(get("/crisis-words/en"), this.moderatorOfRecovery)).isEqualTo(403);
		assertThat(status(post("/crisis-words/en").with(csrf()).param("self-harm", "x"), this.moderatorOfRecovery))
			.isEqualTo(403);
		assertThat(status(get("/crisis-words/de"), this.admin)).isEqualTo(404);
		// reached from the Programmes page (the menu has no room in Russian at 1280 px)
		assertThat(page(this.moderatorOfRecovery, "/")).doesNotContain("/crisis-words");
		assertThat(page(this.moderatorOfRecovery, "/programmes")).doesNotContain("/crisis-words");
		assertThat(page(this.admin, "/")).contains("href=\"/programmes\"");
		assertThat(page(this.admin, "/programmes")).contains("href=\"/crisis-words\"");
	}

	@Test
	void anEditedCrisisListIsCheckedSavedAuditedAndRestored() throws Exception {
		assertThat(page(this.admin, "/crisis-words/en")).contains("suicid*", "The defaults");

		MvcResult refused = saveWords("jump_off* roof\nsu*cide", "overdos*");
		assertThat(refused.getResponse().getContentAsString()).contains("Nothing was saved.",
				"Line 2: “*” may only end a word.", "aria-describedby=\"form-error self-harm-error syntax-hint\"");
		assertThat(this.crisisWords.edited("en")).isFalse();

		MvcResult saved = saveWords("jump_off* roof\n\nsuicid*", "overdos*");
		assertThat(saved.getFlashMap().get("outcome")).isEqualTo("crisis-words.saved");
		assertThat(this.crisisWords.current().find("I will jump off the roof")).contains(CrisisKind.SELF_HARM);
		// and the bot itself answers it as a crisis: a person writes it through the
		// emulator
		long chat = 7_773_000_001L;
		this.emulator.limits(EmulatorLimits.off());
		this.emulator.users().sendText(chat, "I will jump off the roof", "en");
		try {
			await().until(() -> this.alerts.list(null, false, 1000)
				.stream()
				.anyMatch((alert) -> alert.chatId() == chat && alert.reason() == ModeratorAlerts.Reason.CRISIS));
		}
		finally {
			this.mongo.remove(Query.query(Criteria.where("chatId").is(chat)), Alert.class);
		}
		assertThat(this.crisisWords.current().find("I took an overdose")).contains(CrisisKind.OVERDOSE);
		assertThat(this.crisisWords.current().find("he hits me")).as("removed from the English lists").isEmpty();
		assertThat(this.crisisWords.listsOf("en").get(CrisisKind.SELF_HARM)).containsExactly("jump_off* roof",
				"suicid*");
		assertThat(audited("en")).singleElement()
			.satisfies((entry) -> assertThat(entry.after().get("self-harm")).isEqualTo("2 [jump_off* roof]"));
		assertThat(page(this.admin, "/crisis-words")).contains("Edited in the panel");

		this.mvc.perform(post("/crisis-words/en/restore").with(csrf()).with(user(this.admin)));
		assertThat(this.crisisWords.edited("en")).isFalse();
		assertThat(this.crisisWords.current().find("he hits me")).contains(CrisisKind.VIOLENCE);
	}

	private MvcResult saveWords(String selfHarm, String overdose) throws Exception {
		return this.mvc
			.perform(post("/crisis-words/en").with(csrf())
				.with(user(this.admin))
				.param("self-harm", selfHarm)
				.param("overdose", overdose)
				.param("violence", "")
				.param("other", ""))
			.andReturn();
	}

	private List<AuditEntry> audited(String objectId) {
		return this.mongo.find(Query.query(Criteria.where("objectId").is(objectId)), AuditEntry.class);
	}

	private MvcResult save(UserDetails who, String programme, String until0, String unit0, String days0, String until1,
			String unit1, String days1, String followUp, String alert) throws Exception {
		return this.mvc.perform(form(who, programme, until0, unit0, days0, until1, unit1, days1, followUp, alert))
			.andReturn();
	}

	private static MockHttpServletRequestBuilder form(UserDetails who, String programme, String until0, String unit0,
			String days0, String until1, String unit1, String days1, String followUp, String alert) {
		return post("/programmes/" + programme).with(csrf())
			.with(user(who))
			.param("until-0", until0)
			.param("unit-0", unit0)
			.param("days-0", days0)
			.param("until-1", until1)
			.param("unit-1", unit1)
			.param("days-1", days1)
			.param("followUpAfter", followUp)
			.param("alertAfter", alert);
	}

	private int status(MockHttpServletRequestBuilder request, UserDetails who) throws Exception {
		return this.mvc.perform(request.with(user(who))).andReturn().getResponse().getStatus();
	}

	private String page(UserDetails who, String path) throws Exception {
		return this.mvc.perform(get(path).with(user(who))).andReturn().getResponse().getContentAsString();
	}

}
