package org.peersupport.web.audit;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.peersupport.participants.Volunteer;
import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.web.support.TelegramUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * After {@code /forget} the audit log still says what staff did to the person's records,
 * who and when, but keeps none of the values typed by or about the person.
 */
@SpringBootTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
@AutoConfigureMockMvc
class AuditErasureTests {

	static final List<String> MARKERS = List.of("Quixote Marker", "+48 600 424 242", "Zyxwick Marker Town",
			"Edited Marker Region", "Marker note for Quixote");

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	UserDetailsService users;

	@Autowired
	BotApiEmulator telegram;

	@Test
	void aForgottenVolunteersAuditEntriesKeepWhatWasDoneByWhomAndWhenButNoneOfTheirValues() throws Exception {
		UserDetails admin = this.users.loadUserByUsername("root-admin");
		TelegramUser volunteer = new TelegramUser(this.telegram, this.mongo, 7301, "en");
		signUp(volunteer);
		String id = this.mongo.findOne(Query.query(Criteria.where("chatId").is(7301L)), Volunteer.class).id();

		perform(post("/volunteers/" + id + "/approve").param("checked", "identity-checked")
			.param("note", "Marker note for Quixote"), admin);
		perform(post("/volunteers/" + id + "/profile").param("skills", "time")
			.param("languages", "en")
			.param("region", "Edited Marker Region")
			.param("maxOpenRequests", "2"), admin);
		perform(post("/volunteers/" + id + "/pause"), admin);
		List<AuditEntry> before = entriesAbout(id);
		assertThat(before).extracting(AuditEntry::action)
			.containsExactlyInAnyOrder("volunteer.approved", "volunteer.profile-updated", "volunteer.paused");
		assertThat(before.toString()).contains("Zyxwick Marker Town", "Edited Marker Region");

		volunteer.says("/forget").presses("Yes, erase everything");
		volunteer.sees("Done: everything we kept about you has been erased.");

		List<AuditEntry> after = entriesAbout(id);
		assertThat(after).hasSameSizeAs(before);
		for (AuditEntry entry : after) {
			AuditEntry was = before.stream().filter((old) -> old.id().equals(entry.id())).findFirst().orElseThrow();
			assertThat(entry.action()).isEqualTo(was.action());
			assertThat(entry.actorId()).isEqualTo(was.actorId());
			assertThat(entry.actorName()).isEqualTo("root-admin");
			assertThat(entry.at()).isEqualTo(was.at());
			assertThat(entry.objectType()).isEqualTo("volunteer");
			assertThat(entry.programme()).isEqualTo("circles");
			assertThat(entry.before()).isEmpty();
			assertThat(entry.after()).isEmpty();
		}
		for (String stored : everything()) {
			assertThat(stored).doesNotContain(MARKERS);
		}
	}

	private void signUp(TelegramUser person) {
		person.says("/start volunteer-circles");
		person.presses("English").presses("I agree");
		person.sees("What is your name?");
		person.says("Quixote Marker").says("+48 600 424 242");
		person.presses("Skip this question");
		person.presses("None yet").presses("Done");
		person.presses("Time and a listening ear").presses("Done");
		person.presses("English").presses("Done");
		person.says("Zyxwick Marker Town");
		person.presses("Sun").presses("Done");
		person.presses("Morning (8–12)").presses("Done");
		person.presses("Any time is fine");
		person.says("2");
		person.sees("Thank you, Quixote Marker! Your application has been sent.");
	}

	private void perform(MockHttpServletRequestBuilder request, UserDetails admin) throws Exception {
		int status = this.mvc.perform(request.with(csrf()).with(user(admin))).andReturn().getResponse().getStatus();
		assertThat(status).isEqualTo(302);
	}

	private List<AuditEntry> entriesAbout(String id) {
		return this.mongo.find(Query.query(Criteria.where("objectId").is(id)), AuditEntry.class);
	}

	/** Every document of every collection, as JSON. */
	private List<String> everything() {
		List<String> all = new ArrayList<>();
		for (String name : this.mongo.getCollectionNames()) {
			for (Document document : this.mongo.getCollection(name).find()) {
				all.add(name + " " + document.toJson());
			}
		}
		return all;
	}

}
