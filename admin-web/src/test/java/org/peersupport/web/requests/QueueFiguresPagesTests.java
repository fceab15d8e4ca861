package org.peersupport.web.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.participants.Volunteers;
import org.peersupport.requests.HelpRequest;
import org.peersupport.requests.RequestStatus;
import org.peersupport.requests.Urgency;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The queue's figures in the panel, in en, ru and pl: the relay's counts on a request's
 * page (never its words), a volunteer's requests, load and hours on their page, and the
 * dashboard's waiting requests by wait and category, the longest wait and the median time
 * to a volunteer, each linked to the list it counts; a moderator limited to a programme
 * sees only its numbers.
 */
@SpringBootTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
@AutoConfigureMockMvc
class QueueFiguresPagesTests {

	private static final String VOLUNTEER = "V-figures";

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	UserDetailsService users;

	@Autowired
	Volunteers volunteers;

	@Autowired
	StaffAccounts staff;

	@Autowired
	StaffAccountRepository accounts;

	private final Instant now = Instant.now();

	@BeforeEach
	void seed() {
		this.mongo.remove(new Query(), HelpRequest.class);
		this.mongo.remove(new Query(), Volunteer.class);
		this.mongo.remove(Query.query(Criteria.where("username").regex("^figures-")), StaffAccount.class);
		// waiting: 30 minutes (legal), 3 hours (legal), 3 days (talk), 10 days (legal,
		// the longest); another programme's waits 20 days
		waiting(91_001, "recovery", "legal", Duration.ofMinutes(30));
		waiting(91_002, "recovery", "legal", Duration.ofHours(3));
		waiting(91_003, "recovery", "talk", Duration.ofDays(3));
		waiting(91_004, "recovery", "legal", Duration.ofDays(10));
		waiting(91_005, "circles", "talk", Duration.ofDays(20));
		// taken after 10 and 30 minutes: median 20 minutes; one of them still open, with
		// a relay that carried 3 and 2 messages
		this.mongo.insert(request(91_010, "recovery", RequestStatus.CLAIMED, Duration.ofHours(5),
				Duration.ofMinutes(10), new HelpRequest.RelayTally(3L, 2L, this.now.minusSeconds(3600),
						this.now.minusSeconds(600), "u1", "u2")));
		this.mongo.insert(
				request(91_011, "recovery", RequestStatus.RESOLVED, Duration.ofHours(9), Duration.ofMinutes(30), null));
		this.volunteers.submit(new Volunteer(VOLUNTEER, 7_900L, "en", "recovery",
				Map.of("realName", "Figure Helper", "skills", List.of("lawyer"), "languages", List.of("en"),
						"maxOpenRequests", 3, "days", List.of("mon", "fri"), "hours", List.of("evening"), "quietHours",
						"22-08"),
				VolunteerStatus.APPROVED, "volunteer-signup@3", this.now, this.now, null, this.now,
				Volunteer.SCHEMA_VERSION));
	}

	@Test
	void theRequestsPageShowsTheRelaysCountsAndTimesInEachLanguage() throws Exception {
		String en = page("/requests/91010", "en");
		assertThat(en)
			.contains("The conversation through the bot", "Open: they can write to each other",
					"id=\"relay-from-participant\">3<", "id=\"relay-from-volunteer\">2<", "Began (first taken)")
			.doesNotContain("WHAT-THEY-WROTE");
		assertThat(page("/requests/91010", "ru")).contains("Разговор через бота", "Сообщений от участника");
		assertThat(page("/requests/91010", "pl")).contains("Rozmowa przez bota", "Wiadomości od uczestnika");
		assertThat(page("/requests/91011", "en")).contains("id=\"relay-state\">Ended<", "No message yet");
		assertThat(page("/requests/91001", "en")).contains("No conversation yet: no volunteer has taken the request.");
	}

	@Test
	void theVolunteersPageShowsTheirRequestsLoadAndHoursInEachLanguage() throws Exception {
		String en = page("/volunteers/" + VOLUNTEER, "en");
		assertThat(en)
			.contains("Requests and hours", "1 of at most 3", "Monday, Friday", "evening (17:00–22:00)",
					"from 22:00 to 08:00", "href=\"/requests/91010\"", "href=\"/requests/91011\"")
			.containsPattern("id=\"caseload-open\"[\\s\\S]*91010[\\s\\S]*id=\"caseload-past\"[\\s\\S]*91011")
			.doesNotContain("href=\"/requests/91001\"");
		assertThat(page("/volunteers/" + VOLUNTEER, "ru")).contains("Заявки и часы", "1 из 3 возможных",
				"понедельник, пятница", "вечер (17:00–22:00)", "с 22:00 до 08:00");
		assertThat(page("/volunteers/" + VOLUNTEER, "pl")).contains("Prośby i godziny", "1 z najwyżej 3",
				"poniedziałek, piątek", "wieczorem (17:00–22:00)", "od 22:00 do 08:00");
	}

	@Test
	void theDashboardCountsWaitingRequestsAndLinksEachNumberToItsList() throws Exception {
		String en = page("/", "en");
		assertThat(en).containsPattern(figure("/requests\\?show=WAITING&amp;waited=UNDER_HOUR", "1", "under an hour"))
			.containsPattern(figure("/requests\\?show=WAITING&amp;waited=UNDER_DAY", "1", "1 to 24 hours"))
			.containsPattern(figure("/requests\\?show=WAITING&amp;waited=UNDER_WEEK", "1", "1 to 7 days"))
			.containsPattern(figure("/requests\\?show=WAITING&amp;waited=LONGER", "2", "a week or more"))
			.containsPattern(figure("/requests\\?show=WAITING&amp;category=legal", "3", "Legal help"))
			.containsPattern(figure("/requests/91005", "20 d 0 h", "longest wait now: request No. 91005"))
			.containsPattern(figure("/requests\\?show=ALL&amp;claimed=recent", "20 min",
					"median time from asking to being first taken, over the last 30 days \\(requests: 2\\)"));
		assertThat(page("/", "ru")).contains("Заявки, которые никто не взял, по времени ожидания", "20 дн. 0 ч",
				"20 мин");
		assertThat(page("/", "pl")).contains("Prośby, których nikt nie przyjął, według kategorii", "20 d. 0 godz.");
		// each link lists what its number counts
		assertThat(numbers(page("/requests?show=WAITING&waited=LONGER", "en"))).containsExactlyInAnyOrder("91004",
				"91005");
		assertThat(numbers(page("/requests?show=WAITING&category=legal", "en"))).containsExactlyInAnyOrder("91001",
				"91002", "91004");
		assertThat(numbers(page("/requests?show=ALL&claimed=recent", "en"))).containsExactlyInAnyOrder("91010",
				"91011");
	}

	@Test
	void aModeratorLimitedToAProgrammeCountsOnlyItsRequests() throws Exception {
		StaffAccount limited = this.staff.create("figures-limited", "correct-horse-2", PanelRole.MODERATOR,
				Locale.ENGLISH);
		limited.limitToProgrammes(Set.of("recovery"));
		this.staff.save(limited);

		MvcResult result = this.mvc.perform(get("/").with(user(this.users.loadUserByUsername("figures-limited"))))
			.andReturn();
		String dashboard = result.getResponse().getContentAsString();

		assertThat(dashboard).containsPattern(figure("/requests/91004", "10 d 0 h", "request No. 91004"))
			.containsPattern(figure("/requests\\?show=WAITING&amp;waited=LONGER", "1", "a week or more"))
			.doesNotContain("91005");
	}

	private static String figure(String link, String value, String label) {
		return "<a href=\"" + link + "\"><span class=\"value\">" + value + "</span>\\s*<span>[^<]*" + label;
	}

	private static List<String> numbers(String page) {
		return java.util.regex.Pattern.compile("data-number=\"([0-9]+)\"")
			.matcher(page)
			.results()
			.map((match) -> match.group(1))
			.toList();
	}

	private String page(String path, String language) throws Exception {
		String username = "figures-" + language;
		if (this.accounts.findByUsername(username).isEmpty()) {
			this.staff.create(username, "correct-horse-2", PanelRole.ADMIN, Locale.forLanguageTag(language));
		}
		// the account's language for what the page words in Java, the session's (set at
		// login) for the template
		MvcResult result = this.mvc
			.perform(get(path).with(user(this.users.loadUserByUsername(username)))
				.sessionAttr(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME, Locale.forLanguageTag(language)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private void waiting(long number, String programme, String category, Duration waited) {
		this.mongo.insert(new HelpRequest("R-" + number, number, 7_800L + number, programme, category, Urgency.WEEK,
				"WHAT-THEY-WROTE", null, "en", RequestStatus.OPEN, this.now.minus(waited), null, List.of(), 0, null,
				null, null, null, null, null, null, List.of(), null, false, null, null, null, null, null, null,
				HelpRequest.SCHEMA_VERSION));
	}

	private HelpRequest request(long number, String programme, RequestStatus status, Duration ago, Duration toClaim,
			HelpRequest.RelayTally relay) {
		Instant created = this.now.minus(ago);
		Instant claimed = created.plus(toClaim);
		return new HelpRequest("R-" + number, number, 7_800L + number, programme, "legal", Urgency.WEEK,
				"WHAT-THEY-WROTE", null, "en", status, created,
				(status == RequestStatus.CLAIMED) ? null : this.now.minusSeconds(60), List.of(), 0, null, VOLUNTEER,
				7_900L, claimed, null, null, null, List.of(), null, false, null, claimed, relay, null, null, null,
				HelpRequest.SCHEMA_VERSION);
	}

}
