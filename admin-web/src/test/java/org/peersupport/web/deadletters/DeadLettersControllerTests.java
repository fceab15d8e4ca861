package org.peersupport.web.deadletters;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.messaging.OutboundAction;
import org.peersupport.messaging.OutboxEntry;
import org.peersupport.messaging.OutboxState;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.web.audit.AuditEntry;

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
		deadLetter("u903-1", "other", 500, "Internal Server Error");
		// the retried letter fails again and is dead once more
		deadLetter("u903-0", "hello", 500, "Internal Server Error");
		String page = getPage("/dead-letters");
		assertThat(page).containsOnlyOnce("It was sent again once already and failed again.");
		assertThat(row(page, "u903-0")).contains("failed again");
	}

	@Test
	void actingOnALetterThatIsNoLongerDeadChangesNothing() throws Exception {
		MvcResult result = this.mvc.perform(post("/dead-letters/u904-0/retry").with(csrf()).with(user(this.admin)))
			.andReturn();

		assertThat(result.getFlashMap().get("outcome")).isEqualTo("dead-letters.gone");
		assertThat(auditActions("u904-0")).isEmpty();
	}

	@Test
	void eachLetterSaysWhoItWasForInWordsNeverByChatId() throws Exception {
		Instant now = Instant.now();
		this.mongo.save(new Volunteer("V-dead", 4243, "en", "recovery", Map.of("realName", "Dora Dead"),
				VolunteerStatus.APPROVED, "volunteer-signup@3", now, now, null, now, Volunteer.SCHEMA_VERSION));
		deadLetter("u906-0", "to the volunteer", 400, "Bad Request: chat not found");
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is("u906-0")), Update.update("chatId", 4243L),
				OutboxEntry.class);
		deadLetter("u906-1", "to nobody", 400, "Bad Request: chat not found");
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is("u906-1")), Update.update("chatId", 4244L),
				OutboxEntry.class);

		String page = getPage("/dead-letters");

		assertThat(row(page, "u906-0")).contains("<a href=\"/volunteers/V-dead\">Volunteer V-dead</a>")
			.doesNotContain("4243", "Dora");
		assertThat(row(page, "u906-1")).contains("Nobody the bot knows now").doesNotContain("4244");
	}

	private static String row(String page, String id) {
		String row = page.substring(page.indexOf("data-id=\"" + id + "\""));
		return row.substring(0, row.indexOf("</tr>"));
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
		this.mongo.save(new OutboxEntry(id, id.substring(0, id.indexOf('-')), 0, OutboundAction.SEND_MESSAGE, 4242L,
				false, text, List.of(), null, null, null, null, false, OutboxState.DEAD, 3, now, errorCode, error, null,
				now, now, OutboxEntry.SCHEMA_VERSION));
	}

}
