package org.peersupport.web.alerts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.safety.Alert;
import org.peersupport.safety.AlertStatus;
import org.peersupport.safety.Alerts;
import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.EmulatorLimits;
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

/**
 * A crisis message reaches the Alerts page and the dashboard with no moderators' chat
 * configured; "I'm on it" is taken once and audited, "Done" closes it.
 */
@SpringBootTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
@AutoConfigureMockMvc
class AlertsControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	UserDetailsService users;

	@Autowired
	BotApiEmulator emulator;

	@Autowired
	Alerts alerts;

	UserDetails admin;

	@BeforeEach
	void clean() {
		this.mongo.remove(new Query(), Alert.class);
		this.admin = this.users.loadUserByUsername("root-admin");
		this.emulator.limits(EmulatorLimits.off());
	}

	@Test
	void aCrisisMessageAppearsOnTheDashboardAndTheAlertsPageAndIsTakenOnce() throws Exception {
		this.emulator.users().sendText(7401, "I want to kill myself", "en");
		await().until(() -> this.alerts.countPending(null) == 1);

		assertThat(card(page("/"), "Alerts waiting for someone")).isEqualTo("1");
		String list = page("/alerts");
		assertThat(list).contains("Crisis words", "Waiting").doesNotContain("kill myself");
		String id = this.alerts.list(null, true, 10).get(0).id();

		MvcResult first = this.mvc.perform(post("/alerts/" + id + "/take").with(csrf()).with(user(this.admin)))
			.andReturn();
		MvcResult second = this.mvc.perform(post("/alerts/" + id + "/take").with(csrf()).with(user(this.admin)))
			.andReturn();

		assertThat(first.getFlashMap().get("outcome")).isEqualTo("alerts.taken");
		assertThat(second.getFlashMap().get("outcome")).isEqualTo("alerts.already-taken");
		assertThat(page("/alerts")).contains("Someone is on it", "taken by root-admin");
		assertThat(this.mongo.find(Query.query(Criteria.where("objectId").is(id)), AuditEntry.class))
			.extracting(AuditEntry::action)
			.containsExactly("alert.taken");

		this.mvc.perform(post("/alerts/" + id + "/close").with(csrf()).with(user(this.admin)));
		assertThat(this.alerts.find(id, null).orElseThrow().status()).isEqualTo(AlertStatus.DONE);
		assertThat(card(page("/"), "Alerts waiting for someone")).isEqualTo("0");
		assertThat(page("/alerts")).contains("No alert is waiting.");
		assertThat(page("/alerts?all=true")).contains("Done", "closed by root-admin");
	}

	@Test
	void anUnknownAlertAnswers404() throws Exception {
		assertThat(this.mvc.perform(post("/alerts/0123456789abcdef01234567/take").with(csrf()).with(user(this.admin)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).with(user(this.admin))).andReturn().getResponse().getContentAsString();
	}

	private static String card(String page, String title) {
		Matcher matcher = Pattern.compile(title + "</h2>\\s*<p class=\"value\">(\\d+)</p>").matcher(page);
		assertThat(matcher.find()).as(title).isTrue();
		return matcher.group(1);
	}

}
