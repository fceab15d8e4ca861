package org.peersupport.web.sandbox;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.sandbox.BotApiEmulator;
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

	UserDetails admin;

	@BeforeEach
	void signIn() {
		this.admin = this.users.loadUserByUsername("root-admin");
	}

	@Test
	void theDefaultPageShowsAParticipantAndAVolunteerPhone() throws Exception {
		String page = getPage("/sandbox");

		assertThat(page).contains("data-phone=\"1001\"", "data-phone=\"2001\"", "Telegram user 1001", "/js/sandbox.js");
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
		assertThat(getPage("/sandbox")).contains("id=\"sandbox-kind\"", "This whole service runs in sandbox mode")
			.doesNotContain("Sandbox engine:");
		assertThat(getPage("/sandbox/reset")).contains("What the bot stored stays.");
	}

	private String getPage(String path) throws Exception {
		return this.mvc.perform(get(path).with(user(this.admin))).andReturn().getResponse().getContentAsString();
	}

	private List<AuditEntry> audit(String objectId) {
		return this.mongo.find(Query.query(Criteria.where("objectId").is(objectId)), AuditEntry.class);
	}

}
