package org.peersupport.web.volunteers;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.scripts.DefaultScripts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
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

/**
 * The panel's skills are the configured ones ({@code peer.volunteers.skills}): a skill an
 * NGO adds is in the list's filter and the profile form, and the form accepts it.
 */
@SpringBootTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1",
		"peer.volunteers.skills[0].key=mentor", "peer.volunteers.skills[0].labels.en=Mentoring",
		"peer.volunteers.skills[1].key=time", "peer.volunteers.skills[1].labels.en=Time and a listening ear",
		"peer.volunteers.skills[2].key=driver", "peer.volunteers.skills[2].labels.en=I can drive people",
		"peer.requests.categories[0].key=lift", "peer.requests.categories[0].skills=driver",
		"peer.requests.categories[1].key=talk", "peer.requests.categories[1].skills=time",
		"peer.requests.categories[2].key=other", "peer.requests.categories[2].skills=time,mentor" })
@AutoConfigureMockMvc
class ConfiguredSkillsPanelTests {

	private static final String SHIPPED_SIGNUP = DefaultScripts.all()
		.stream()
		.filter((script) -> script.id().equals("volunteer-signup"))
		.findFirst()
		.orElseThrow()
		.key();

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	UserDetailsService users;

	UserDetails admin;

	@BeforeEach
	void signIn() {
		this.mongo.remove(new Query(), Volunteer.class);
		this.admin = this.users.loadUserByUsername("root-admin");
	}

	@Test
	void theFilterOffersTheConfiguredSkillsAndFindsTheirVolunteers() throws Exception {
		volunteer("V-dan", 6501, List.of("driver"));
		volunteer("V-mia", 6502, List.of("mentor"));

		String page = getPage("/volunteers");
		assertThat(page).containsPattern("<option value=\"driver\"[^>]*>I can drive people</option>")
			.containsPattern("<option value=\"mentor\"[^>]*>Mentoring</option>")
			.doesNotContain("value=\"lawyer\"");
		assertThat(page).contains("I can drive people");
		assertThat(getPage("/volunteers?skill=driver")).contains("data-id=\"V-dan\"").doesNotContain("V-mia");
	}

	@Test
	void theProfileFormOffersAndAcceptsAConfiguredSkillAndRefusesAnUnknownOne() throws Exception {
		volunteer("V-eva", 6503, List.of("mentor"));

		assertThat(getPage("/volunteers/V-eva")).containsPattern("value=\"driver\"[^>]*id=\"skill-driver\"")
			.contains("I can drive people")
			.doesNotContain("value=\"lawyer\"");
		MvcResult saved = this.mvc
			.perform(post("/volunteers/V-eva/profile").param("skills", "driver", "time")
				.param("languages", "en")
				.param("region", "Lublin")
				.param("maxOpenRequests", "3")
				.with(user(this.admin))
				.with(csrf()))
			.andReturn();
		assertThat(saved.getFlashMap().get("outcome")).isEqualTo("volunteers.profile.saved");
		assertThat(this.mongo.findById("V-eva", Volunteer.class).details()).containsEntry("skills",
				List.of("driver", "time"));
		MvcResult refused = this.mvc
			.perform(post("/volunteers/V-eva/profile").param("skills", "lawyer")
				.param("languages", "en")
				.param("region", "Lublin")
				.param("maxOpenRequests", "3")
				.with(user(this.admin))
				.with(csrf()))
			.andReturn();
		assertThat(refused.getFlashMap().get("outcome")).isNull();
		assertThat(this.mongo.findById("V-eva", Volunteer.class).details()).containsEntry("skills",
				List.of("driver", "time"));
	}

	private String getPage(String path) throws Exception {
		return this.mvc.perform(get(path).with(user(this.admin))).andReturn().getResponse().getContentAsString();
	}

	private void volunteer(String id, long chatId, List<String> skills) {
		this.mongo.insert(new Volunteer(id, chatId, "en", "recovery",
				Map.of("realName", "Real Name " + chatId, "contact", "+48 600 " + chatId, "skills", skills, "languages",
						List.of("en"), "region", "Lublin", "maxOpenRequests", 5),
				VolunteerStatus.APPROVED, SHIPPED_SIGNUP, Instant.now(), Instant.now(), null, null,
				Volunteer.SCHEMA_VERSION));
	}

}
