package org.peersupport.web.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.sandbox.BotApiEmulator;
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
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@SpringBootTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
@AutoConfigureMockMvc
class SandboxControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	BotApiEmulator emulator;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	UserDetailsService users;

	@Autowired
	StaffAccounts staff;

	UserDetails admin;

	@BeforeEach
	void signIn() {
		this.admin = this.users.loadUserByUsername("root-admin");
	}

	@Test
	void theDefaultPageShowsAParticipantAndAVolunteerPhone() throws Exception {
		String page = getPage("/sandbox");

		assertThat(page).contains("data-phone=\"1001\"", "data-phone=\"2001\"", "Participant&#39;s phone (1001)",
				"Write /start", "Volunteer&#39;s phone (2001)", "Write /volunteer", "/js/sandbox.js");
		assertThat(page).doesNotContain("<script>");
		assertThat(getPage("/sandbox?phone=3001&phone=-5&phone=3001")).contains("data-phone=\"3001\"")
			.doesNotContain("data-phone=\"1001\"", "data-phone=\"-5\"");
	}

	@Test
	void sendingRelaysTheTextToTheEmulatorAndTheFragmentShowsTheAnswerWithButtons() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/sandbox/phones/3101/send").param("text", "/start")
				.param("phone", "3101", "3102")
				.with(csrf())
				.with(user(this.admin)))
			.andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/sandbox?phone=3101&phone=3102");
		await().atMost(Duration.ofSeconds(20)).until(() -> !this.emulator.users().messages(3101).isEmpty());
		String fragment = getPage("/sandbox/phones/3101/messages?phone=3101&phone=3102");
		assertThat(fragment).startsWith("<ol class=\"messages\"")
			.contains("Hello!", "English", "name=\"_csrf\"", "/sandbox/phones/3101/press?phone=3101&amp;phone=3102");
		assertThat(audit("3101")).extracting(AuditEntry::action).containsExactly("sandbox.sent");
		assertThat(audit("3101").get(0).after()).containsEntry("length", "6");
	}

	@Test
	void aTestPhotoIsSentWithItsCaptionAndShownAsALabelledPlaceholder() throws Exception {
		MvcResult tooLong = this.mvc
			.perform(post("/sandbox/phones/3151/send-photo").param("text", "x".repeat(1025))
				.with(csrf())
				.with(user(this.admin)))
			.andReturn();
		assertThat(tooLong.getFlashMap().get("outcome")).isEqualTo("sandbox.error.caption");
		assertThat(audit("3151")).isEmpty();

		this.mvc.perform(
				post("/sandbox/phones/3151/send-photo").param("text", " my form ").with(csrf()).with(user(this.admin)))
			.andReturn();
		String fragment = getPage("/sandbox/phones/3151/messages");
		assertThat(fragment).contains("data-media=\"photo\"", "📷 Photo", "<p class=\"text\">my form</p>");
		assertThat(audit("3151")).singleElement().satisfies((entry) -> {
			assertThat(entry.action()).isEqualTo("sandbox.sent");
			assertThat(entry.after()).containsEntry("media", "photo").containsEntry("length", "7");
		});
		assertThat(getPage("/sandbox")).contains("📷 Send a test photo", "/sandbox/phones/1001/send-photo");
	}

	@Test
	void pressingAMessageThatIsGoneSaysSoAndChangesNothing() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/sandbox/phones/3201/press").param("messageId", "999")
				.param("data", "lang:en")
				.with(csrf())
				.with(user(this.admin)))
			.andReturn();

		assertThat(result.getFlashMap().get("outcome")).isEqualTo("sandbox.error.message-gone");
		assertThat(audit("3201")).isEmpty();
	}

	@Test
	void resetAsksFirstThenMakesTheEmulatorForgetItsChats() throws Exception {
		this.emulator.users().sendText(3301, "/start", "en");
		await().atMost(Duration.ofSeconds(20)).until(() -> !this.emulator.users().messages(3301).isEmpty());

		assertThat(getPage("/sandbox/reset")).contains("Reset the sandbox?");
		assertThat(this.emulator.users().messages(3301)).isNotEmpty();
		this.mvc.perform(post("/sandbox/reset").with(csrf()).with(user(this.admin))).andReturn();

		assertThat(this.emulator.users().messages(3301)).isEmpty();
		assertThat(audit("emulator")).extracting(AuditEntry::action).contains("sandbox.reset");
	}

	@Test
	void withoutATokenThePageSaysTheWholeServiceIsTheSandbox() throws Exception {
		assertThat(getPage("/sandbox")).contains("id=\"sandbox-kind\"", "This whole service runs in practice mode")
			.doesNotContain("Sandbox engine:");
		assertThat(getPage("/sandbox/reset")).contains("What the bot stored stays.");
	}

	@Test
	void aModeratorLimitedToAProgrammeIsRefusedAnotherViewersPhone() throws Exception {
		UserDetails limited = limitedModerator("sandbox-limited-1");
		this.emulator.users().sendText(3401, "/start", "en");
		await().atMost(Duration.ofSeconds(20)).until(() -> !this.emulator.users().messages(3401).isEmpty());
		long updates = this.emulator.lastUpdateId();

		assertThat(status(get("/sandbox").param("phone", "3401"), limited)).isEqualTo(404);
		assertThat(status(get("/sandbox").param("phone", "1001"), limited)).isEqualTo(404);
		assertThat(status(get("/sandbox/phones/3401/messages"), limited)).isEqualTo(404);
		assertThat(status(post("/sandbox/phones/3401/send").param("text", "/mydata").with(csrf()), limited))
			.isEqualTo(404);
		long messageId = this.emulator.users().messages(3401).get(0).messageId();
		assertThat(status(post("/sandbox/phones/3401/press").param("messageId", Long.toString(messageId))
			.param("data", "lang:en")
			.with(csrf()), limited)).isEqualTo(404);
		assertThat(status(get("/sandbox/reset"), limited)).isEqualTo(404);
		assertThat(status(post("/sandbox/reset").with(csrf()), limited)).isEqualTo(404);

		assertThat(this.emulator.lastUpdateId()).as("updates sent as user 3401").isEqualTo(updates);
		assertThat(this.emulator.users().messages(3401)).isNotEmpty();
		assertThat(audit("3401")).isEmpty();
	}

	@Test
	void aLimitedModeratorGetsStoredPhonesOfTheirOwnThatOnlyUnlimitedStaffShare() throws Exception {
		UserDetails limited = limitedModerator("sandbox-limited-2");
		UserDetails otherLimited = limitedModerator("sandbox-limited-3");

		List<Long> own = phonesOn(getPage("/sandbox", limited));
		assertThat(own).hasSize(2).doesNotContain(1001L, 2001L);
		assertThat(phonesOn(getPage("/sandbox", limited))).isEqualTo(own);
		assertThat(storedPhonesOf("sandbox-limited-2")).containsExactlyInAnyOrderElementsOf(own);
		assertThat(getPage("/sandbox", limited)).contains("id=\"own-phones\"")
			.doesNotContain("id=\"add-phone\"", "id=\"reset\"");

		long phone = own.get(0);
		MvcResult sent = this.mvc
			.perform(post("/sandbox/phones/" + phone + "/send").param("text", "/start")
				.param("phone", Long.toString(own.get(0)), Long.toString(own.get(1)))
				.with(csrf())
				.with(user(limited)))
			.andReturn();
		assertThat(sent.getResponse().getRedirectedUrl())
			.isEqualTo("/sandbox?phone=" + own.get(0) + "&phone=" + own.get(1));
		await().atMost(Duration.ofSeconds(20)).until(() -> !this.emulator.users().messages(phone).isEmpty());
		assertThat(getPage("/sandbox/phones/" + phone + "/messages", limited)).contains("Hello!");

		assertThat(status(get("/sandbox/phones/" + phone + "/messages"), otherLimited)).isEqualTo(404);
		assertThat(status(get("/sandbox").param("phone", Long.toString(phone)), otherLimited)).isEqualTo(404);
		assertThat(getPage("/sandbox?phone=" + phone)).contains("data-phone=\"" + phone + "\"", "Hello!");
	}

	@Test
	void aNewPhoneIsAddedBesideTheShownOnesAndBelongsToTheViewer() throws Exception {
		UserDetails limited = limitedModerator("sandbox-limited-4");
		List<Long> own = phonesOn(getPage("/sandbox", limited));

		MvcResult added = this.mvc
			.perform(post("/sandbox/phones").param("phone", Long.toString(own.get(0)), Long.toString(own.get(1)))
				.with(csrf())
				.with(user(limited)))
			.andReturn();

		String page = added.getResponse().getRedirectedUrl();
		List<Long> shown = UriComponentsBuilder.fromUriString(page)
			.build()
			.getQueryParams()
			.get("phone")
			.stream()
			.map(Long::valueOf)
			.toList();
		assertThat(shown).hasSize(3).startsWith(own.get(0), own.get(1));
		assertThat(storedPhonesOf("sandbox-limited-4")).containsExactlyInAnyOrderElementsOf(shown);
		assertThat(phonesOn(getPage(page, limited))).isEqualTo(shown);
	}

	private String getPage(String path) throws Exception {
		return getPage(path, this.admin);
	}

	private String getPage(String path, UserDetails who) throws Exception {
		return this.mvc.perform(get(path).with(user(who))).andReturn().getResponse().getContentAsString();
	}

	private int status(MockHttpServletRequestBuilder request, UserDetails who) throws Exception {
		return this.mvc.perform(request.with(user(who))).andReturn().getResponse().getStatus();
	}

	private static List<Long> phonesOn(String page) {
		Matcher matcher = Pattern.compile("data-phone=\"(\\d+)").matcher(page);
		List<Long> phones = new ArrayList<>();
		while (matcher.find()) {
			phones.add(Long.parseLong(matcher.group(1)));
		}
		return phones;
	}

	private List<Long> storedPhonesOf(String username) {
		String accountId = this.mongo.findOne(Query.query(Criteria.where("username").is(username)), StaffAccount.class)
			.getId();
		return this.mongo.getCollection("sandbox_phones")
			.find(new Document("staffId", accountId))
			.map((phone) -> phone.getLong("_id"))
			.into(new ArrayList<>());
	}

	private UserDetails limitedModerator(String username) {
		StaffAccount account = this.staff.create(username, "correct-horse-2", PanelRole.MODERATOR, Locale.ENGLISH);
		account.limitToProgrammes(Set.of("recovery"));
		this.staff.save(account);
		return this.users.loadUserByUsername(username);
	}

	private List<AuditEntry> audit(String objectId) {
		return this.mongo.find(Query.query(Criteria.where("objectId").is(objectId)), AuditEntry.class);
	}

}
