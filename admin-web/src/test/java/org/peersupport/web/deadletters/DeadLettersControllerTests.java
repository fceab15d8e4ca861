package org.peersupport.web.deadletters;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.messaging.OutboundAction;
import org.peersupport.messaging.OutboxEntry;
import org.peersupport.messaging.OutboxState;
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
class DeadLettersControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	UserDetailsService users;

	UserDetails admin;

	@BeforeEach
	void signIn() {
		this.mongo.remove(new Query(), OutboxEntry.class);
		this.admin = this.users.loadUserByUsername("root-admin");
	}

	@Test
	void listShowsDeadLettersWithTheTextLengthButNeverTheText() throws Exception {
		deadLetter("u901-0", "My name is Anna Kowalska", 400, "Bad Request: can't parse entities");

		String page = getPage("/dead-letters");

		assertThat(page).contains("u901-0", "A message of 24 characters", "Telegram refused it", "400",
				"can&#39;t parse entities");
		assertThat(page).doesNotContain("Anna", "Kowalska");
	}

	@Test
	void listPagesThroughManyDeadLetters() throws Exception {
		for (int i = 0; i < 30; i++) {
			deadLetter("u7%02d-0".formatted(i), "text", 400, "Bad Request");
		}

		String first = getPage("/dead-letters");
		String second = getPage("/dead-letters?page=1");

		assertThat(first).contains("page=1").containsPattern("1\\D+2\\D+30");
		assertThat(second).contains("page=0");
		assertThat(countRows(first) + countRows(second)).isEqualTo(30);
	}

	@Test
	void discardAsksFirstThenDropsTheLetterAndAuditsIt() throws Exception {
		deadLetter("u902-0", "hello", 403, "Forbidden");

		assertThat(getPage("/dead-letters/u902-0/discard")).contains("Discard the dead letter u902-0?");
		MvcResult result = this.mvc.perform(post("/dead-letters/u902-0/discard").with(csrf()).with(user(this.admin)))
			.andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/dead-letters");
		assertThat(result.getFlashMap().get("outcome")).isEqualTo("dead-letters.discarded");
		assertThat(this.mongo.findById("u902-0", OutboxEntry.class)).isNull();
		assertThat(auditActions("u902-0")).containsExactly("dead-letter.discarded");
	}

	@Test
	void retryPutsTheLetterBackInLineAndAuditsIt() throws Exception {
		deadLetter("u903-0", "hello", 500, "Internal Server Error");

		MvcResult result = this.mvc.perform(post("/dead-letters/u903-0/retry").with(csrf()).with(user(this.admin)))
			.andReturn();

		assertThat(result.getFlashMap().get("outcome")).isEqualTo("dead-letters.retried");
		assertThat(auditActions("u903-0")).containsExactly("dead-letter.retried");
	}

	@Test
	void actingOnALetterThatIsNoLongerDeadChangesNothing() throws Exception {
		MvcResult result = this.mvc.perform(post("/dead-letters/u904-0/retry").with(csrf()).with(user(this.admin)))
			.andReturn();

		assertThat(result.getFlashMap().get("outcome")).isEqualTo("dead-letters.gone");
		assertThat(auditActions("u904-0")).isEmpty();
	}

	@Test
	void dashboardShowsHowManyDeadLettersThereAre() throws Exception {
		deadLetter("u905-0", "a", 400, "Bad Request");
		deadLetter("u905-1", "b", 400, "Bad Request");

		assertThat(getPage("/")).containsPattern("Dead letters</h2>\\s*<p class=\"value\">2</p>");
	}

	private String getPage(String path) throws Exception {
		return this.mvc.perform(get(path).with(user(this.admin))).andReturn().getResponse().getContentAsString();
	}

	private static int countRows(String page) {
		return page.split("data-id=").length - 1;
	}

	private List<String> auditActions(String objectId) {
		return this.mongo.find(Query.query(Criteria.where("objectId").is(objectId)), AuditEntry.class)
			.stream()
			.map(AuditEntry::action)
			.toList();
	}

	private void deadLetter(String id, String text, int errorCode, String error) {
		Instant now = Instant.now();
		this.mongo.insert(new OutboxEntry(id, id.substring(0, id.indexOf('-')), 0, OutboundAction.SEND_MESSAGE, 4242L,
				false, text, List.of(), null, null, null, null, false, OutboxState.DEAD, 3, now, errorCode, error, null,
				now, now, OutboxEntry.SCHEMA_VERSION));
	}

}
